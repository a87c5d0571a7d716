package org.badgemanager.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How each desktop's answer is read, and what a remembered choice means. */
class SystemAppearanceTest {

    @Test
    void gnomeAndGtkAnswers() {
        assertThat(SystemAppearance.gnomeColorSchemeSaysDark("'prefer-dark'\n")).isTrue();
        assertThat(SystemAppearance.gnomeColorSchemeSaysDark("'default'\n")).isFalse();
        assertThat(SystemAppearance.gnomeColorSchemeSaysDark("'prefer-light'\n")).isFalse();
        assertThat(SystemAppearance.gnomeColorSchemeSaysDark("")).isFalse();
        assertThat(SystemAppearance.gtkThemeSaysDark("'Adwaita-dark'\n")).isTrue();
        assertThat(SystemAppearance.gtkThemeSaysDark("Breeze:dark")).isTrue();
        assertThat(SystemAppearance.gtkThemeSaysDark("'Yaru'\n")).isFalse();
    }

    @Test
    void windowsAndMacAnswers() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemAppearance.windowsSaysDark(dark)).isTrue();
        assertThat(SystemAppearance.windowsSaysDark(dark.replace("0x0", "0x1"))).isFalse();
        assertThat(SystemAppearance.windowsSaysDark("ERROR: The system was unable to find the specified registry key"))
                .isFalse();
        assertThat(SystemAppearance.macSaysDark("Dark\n")).isTrue();
        assertThat(SystemAppearance.macSaysDark("The domain/default pair of (kCFPreferencesAnyApplication, "
                + "AppleInterfaceStyle) does not exist")).isFalse();
    }

    @Test
    void aThemeNameInTheEnvironmentIsEnoughOnLinux() {
        assertThat(SystemAppearance.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
    }

    @Test
    void aRememberedChoiceAndWhatItDraws() {
        assertThat(ThemeChoice.fromSettings("dark")).isEqualTo(ThemeChoice.DARK);
        assertThat(ThemeChoice.fromSettings(null)).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(ThemeChoice.fromSettings("solarized")).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(ThemeChoice.SYSTEM.dark(true)).isTrue();
        assertThat(ThemeChoice.SYSTEM.dark(false)).isFalse();
        assertThat(ThemeChoice.LIGHT.dark(true)).isFalse();
        assertThat(ThemeChoice.DARK.dark(false)).isTrue();
    }
}
