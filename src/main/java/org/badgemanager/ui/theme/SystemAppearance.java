package org.badgemanager.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers dark windows, asked the way each OS answers it: GNOME's {@code color-scheme} or GTK
 * theme name, Windows' {@code AppsUseLightTheme}, macOS' {@code AppleInterfaceStyle}. JavaFX 21 has no API for it
 * (Platform.Preferences came in 22). Asking starts a small process, so it runs on its own thread and start-up never
 * waits for it; any failure or a slow answer means "light".
 */
public final class SystemAppearance {
    private static final long TIMEOUT_MS = 1500;

    private SystemAppearance() {
    }

    /** Starts asking now; completes with false on any doubt. */
    public static CompletableFuture<Boolean> prefersDarkAsync() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> answer.complete(prefersDark(System.getProperty("os.name", ""), System.getenv())),
                "system-appearance");
        thread.setDaemon(true);
        thread.start();
        return answer;
    }

    static boolean prefersDark(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win")) {
                return windowsSaysDark(run("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                        "AppsUseLightTheme"));
            }
            if (os.contains("mac")) {
                return macSaysDark(run("defaults", "read", "-g", "AppleInterfaceStyle"));
            }
            if (gtkThemeSaysDark(env.getOrDefault("GTK_THEME", ""))) {
                return true;
            }
            String scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
            if (gnomeColorSchemeSaysDark(scheme)) {
                return true;
            }
            return gtkThemeSaysDark(run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code 'prefer-dark'} (GNOME 42+). */
    static boolean gnomeColorSchemeSaysDark(String answer) {
        return answer != null && answer.contains("prefer-dark");
    }

    /** A theme name such as {@code 'Adwaita-dark'}, {@code Yaru-dark} or {@code Breeze:dark}. */
    static boolean gtkThemeSaysDark(String themeName) {
        return themeName != null && themeName.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsSaysDark(String regOutput) {
        return regOutput != null && regOutput.contains("AppsUseLightTheme")
                && regOutput.trim().matches("(?s).*REG_DWORD\\s+0x0+\\s*$");
    }

    /** Prints "Dark" in dark mode; the key is missing (an error, no output) in light mode. */
    static boolean macSaysDark(String output) {
        return output != null && output.trim().equalsIgnoreCase("dark");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                return "";
            }
            return new String(out.readNBytes(4096), StandardCharsets.UTF_8);
        } finally {
            process.destroy();
        }
    }
}
