package org.badgemanager.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.ui.common.Messages;

/**
 * Start-up as the user sees it, timed from outside the process: launch of the installed app (the app-image
 * launcher, with its AppCDS archive) → its first window the user can act on is on the screen, against launch →
 * a bare JavaFX window with one label on the same runtime, alternating, in one run. Needs a display (Xvfb) and
 * {@code xdotool}: a window counts once the window system has it mapped under its title
 * ({@code xdotool search --onlyvisible --name}), polled every {@value #POLL_MS} ms.
 * <ul>
 *   <li>a new user (no saved profile): the connection dialog;</li>
 *   <li>a returning user (who starts with the last portal): the main window with its badge table. The window
 *   system cannot tell the main window's empty first frame from the one with its views, so this one is the app's
 *   own probe ({@code -Dbadgemanager.startupProbe}), still timed from the launch outside.</li>
 * </ul>
 * Args: app-image folder, class path holding BareWindow, runs.
 */
public final class StartupBench {
    private static final int POLL_MS = 10;
    private static final long LIMIT_MS = 60_000;

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        String benchClasspath = args[1];
        int runs = Integer.parseInt(args[2]);
        Path cfg = Files.list(image.resolve("lib/app")).filter(p -> p.toString().endsWith(".cfg")).findFirst()
                .orElseThrow();
        Path launcher = Files.list(image.resolve("bin")).findFirst().orElseThrow();
        Path java = image.resolve("lib/runtime/bin/java");
        String dialogTitle = Messages.forLocale(Locale.ENGLISH).get("connection.title");
        List<String> bareCommand = List.of(java.toString(), "-Xshare:auto", "-cp", benchClasspath,
                BareWindow.class.getName(), "stay");
        String original = Files.readString(cfg);
        List<Long> dialog = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> frame = new ArrayList<>();
        try {
            for (int i = -1; i < runs; i++) { // run -1 warms the page cache and is not counted
                long b = launchToWindow(bareCommand, BareWindow.TITLE);
                long d = launchToWindow(List.of(launcher.toString()), dialogTitle);
                Files.writeString(cfg, original + "java-options=-Dbadgemanager.startupProbe=exit\n");
                long f = launchToFirstFrame(List.of(launcher.toString()), StartupBench::returningUser);
                Files.writeString(cfg, original);
                if (i >= 0) {
                    bare.add(b);
                    dialog.add(d);
                    frame.add(f);
                }
            }
        } finally {
            Files.writeString(cfg, original);
        }
        double bareMedian = Table.median(bare);
        double dialogMedian = Table.median(dialog);
        double frameMedian = Table.median(frame);
        String baseline = String.format("%.0f ms bare JavaFX window (on screen)", bareMedian);
        Table.row("start-up, new user: launch → connection dialog on screen (from outside, installed app-image, "
                        + runs + " runs)", String.format("%.0f ms", dialogMedian), baseline,
                dialogMedian / bareMedian, "≤ 1.15", dialogMedian / bareMedian <= 1.15);
        Table.row("start-up, returning user: launch → main window's first frame with the badge table (app's "
                        + "probe, " + runs + " runs)", String.format("%.0f ms", frameMedian), baseline,
                frameMedian / bareMedian, "≤ 1.15", frameMedian / bareMedian <= 1.15);
        System.err.println("start-up runs (ms), bare: " + bare + " dialog: " + dialog + " first frame: " + frame);
    }

    /** Launch → a window titled {@code title} is mapped, as the window system reports it; then ends the process. */
    private static long launchToWindow(List<String> command, String title) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("bench-home");
        try {
            Path out = home.resolve("out.txt");
            ProcessBuilder builder = withHome(new ProcessBuilder(command), home).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                while (!windowShown(title)) {
                    if (!process.isAlive() || System.nanoTime() - started > LIMIT_MS * 1_000_000) {
                        throw new IllegalStateException("no window \"" + title + "\" from " + command + " (exit "
                                + (process.isAlive() ? "-" : process.exitValue()) + "):\n" + Files.readString(out));
                    }
                    Thread.sleep(POLL_MS);
                }
                return (System.nanoTime() - started) / 1_000_000;
            } finally {
                end(process);
            }
        } finally {
            deleteTree(home);
        }
    }

    private static boolean windowShown(String title) throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return search.waitFor() == 0; // xdotool exits 1 when no window matches
    }

    private static void end(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Launch → the first frame the app's probe reports (it quits right after). */
    private static long launchToFirstFrame(List<String> command, HomeSetup setup)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("bench-home");
        setup.prepare(home);
        ProcessBuilder builder = withHome(new ProcessBuilder(command), home).redirectErrorStream(true);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        long frame = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("first-frame-epoch-ms=")) {
                    frame = Long.parseLong(line.substring(line.indexOf('=') + 1).trim());
                }
            }
        }
        process.waitFor();
        deleteTree(home);
        if (frame < 0) {
            throw new IllegalStateException("no first frame from " + command);
        }
        return frame - started;
    }

    /** What a home holds before a launch. */
    private interface HomeSetup {
        void prepare(Path home) throws IOException;
    }

    /** A user who saved a portal (the built-in sandbox) and starts with it. */
    private static void returningUser(Path home) throws IOException {
        Profile sandbox = new Profile("bench", "Sandbox", ConnectionKind.SANDBOX, Map.of());
        new SettingsStore(home.resolve("config/badge-manager/settings.json"))
                .save(new Settings(List.of(sandbox), sandbox.id(), null, null, null, true));
    }

    /** A fresh home per launch: a new user, no settings, no per-user archive; English. */
    private static ProcessBuilder withHome(ProcessBuilder builder, Path home) {
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("LC_ALL");
        return builder;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
