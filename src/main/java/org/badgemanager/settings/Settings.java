package org.badgemanager.settings;

import java.util.List;

/** Everything the app remembers between runs (no secrets). */
public record Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window,
        String theme) {

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings empty() {
        return new Settings(List.of(), null, null, null, null);
    }

    /** Settings without a theme choice (the app then follows the system's light or dark preference). */
    public Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window) {
        this(profiles, lastProfileId, uiLanguage, window, null);
    }

    public Settings {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public Settings withProfile(Profile profile) {
        List<Profile> updated = new java.util.ArrayList<>(profiles.stream()
                .filter(p -> !p.id().equals(profile.id())).toList());
        updated.add(profile);
        return new Settings(updated, profile.id(), uiLanguage, window, theme);
    }

    public Settings withoutProfile(String id) {
        return new Settings(profiles.stream().filter(p -> !p.id().equals(id)).toList(),
                id.equals(lastProfileId) ? null : lastProfileId, uiLanguage, window, theme);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(profiles, lastProfileId, language, window, theme);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(profiles, lastProfileId, uiLanguage, bounds, theme);
    }

    /** {@code choice}: "light", "dark" or "system" (see ui.theme.ThemeChoice). */
    public Settings withTheme(String choice) {
        return new Settings(profiles, lastProfileId, uiLanguage, window, choice);
    }
}
