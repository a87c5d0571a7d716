package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the files go on each OS, and the override that keeps tests off the user's real settings. */
class AppDirsTest {
    private static final String[] KEYS = {"badgemanager.home", "os.name", "user.home"};
    private final Map<String, String> saved = new HashMap<>();

    AppDirsTest() {
        for (String key : KEYS) {
            saved.put(key, System.getProperty(key));
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    private static AppDirs on(String os) {
        System.clearProperty("badgemanager.home");
        System.setProperty("os.name", os);
        System.setProperty("user.home", "/home/anna");
        return AppDirs.forCurrentUser();
    }

    private static Path env(String name, Path fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    @Test
    void theHomeOverrideMovesEverything(@TempDir Path home) {
        System.setProperty("badgemanager.home", home.toString());
        assertThat(AppDirs.forCurrentUser()).isEqualTo(new AppDirs(home.resolve("config"), home.resolve("data")));
    }

    @Test
    void aBlankOverrideIsNoOverride() {
        System.setProperty("badgemanager.home", " ");
        System.setProperty("os.name", "Mac OS X");
        System.setProperty("user.home", "/Users/anna");
        Path support = Path.of("/Users/anna/Library/Application Support/BadgeManager");
        assertThat(AppDirs.forCurrentUser()).isEqualTo(new AppDirs(support, support));
    }

    @Test
    void linuxFollowsXdg() {
        AppDirs dirs = on("Linux");
        assertThat(dirs.config()).isEqualTo(env("XDG_CONFIG_HOME", Path.of("/home/anna/.config"))
                .resolve("badge-manager"));
        assertThat(dirs.data()).isEqualTo(env("XDG_DATA_HOME", Path.of("/home/anna/.local/share"))
                .resolve("badge-manager"));
    }

    @Test
    void windowsUsesRoamingForSettingsAndLocalForData() {
        AppDirs dirs = on("Windows 11");
        assertThat(dirs.config()).isEqualTo(env("APPDATA", Path.of("/home/anna/AppData/Roaming"))
                .resolve("BadgeManager"));
        assertThat(dirs.data()).isEqualTo(env("LOCALAPPDATA", Path.of("/home/anna/AppData/Local"))
                .resolve("BadgeManager"));
    }

    @Test
    void macOsKeepsBothInApplicationSupport() {
        AppDirs dirs = on("Mac OS X");
        Path support = Path.of("/home/anna/Library/Application Support/BadgeManager");
        assertThat(dirs).isEqualTo(new AppDirs(support, support));
    }
}
