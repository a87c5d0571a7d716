package org.badgemanager.ui.theme;

import java.util.Arrays;

/** What the admin picked in View ▸ Theme; remembered in the settings by {@link #settingsValue()}. */
public enum ThemeChoice {
    LIGHT("light"),
    DARK("dark"),
    SYSTEM("system");

    private final String settingsValue;

    ThemeChoice(String settingsValue) {
        this.settingsValue = settingsValue;
    }

    public String settingsValue() {
        return settingsValue;
    }

    /** The remembered choice; nothing or something unknown (a newer version's value) follows the system. */
    public static ThemeChoice fromSettings(String value) {
        return Arrays.stream(values()).filter(c -> c.settingsValue.equals(value)).findFirst().orElse(SYSTEM);
    }

    /** Whether this choice draws dark, given what the system prefers. */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
