package org.badgemanager.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its files on each OS: XDG on Linux, AppData on Windows, Application Support on macOS.
 * The system property {@code badgemanager.home} moves everything (tests use it to stay off real settings).
 */
public record AppDirs(Path config, Path data) {
    private static final String NAME = "BadgeManager";

    public static AppDirs forCurrentUser() {
        String override = System.getProperty("badgemanager.home");
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            return new AppDirs(home.resolve("config"), home.resolve("data"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            Path appData = envPath("APPDATA", userHome.resolve("AppData").resolve("Roaming"));
            Path local = envPath("LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"));
            return new AppDirs(appData.resolve(NAME), local.resolve(NAME));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library").resolve("Application Support").resolve(NAME);
            return new AppDirs(support, support);
        }
        Path config = envPath("XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("badge-manager");
        Path data = envPath("XDG_DATA_HOME", userHome.resolve(".local").resolve("share")).resolve("badge-manager");
        return new AppDirs(config, data);
    }

    /** Where bulk deletes write their backups of the activities they delete. */
    public Path backups() {
        return data.resolve("backups");
    }

    private static Path envPath(String name, Path fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
