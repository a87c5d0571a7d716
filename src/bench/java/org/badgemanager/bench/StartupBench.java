package org.badgemanager.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Launch-to-first-frame of the installed app (the app-image launcher, with its AppCDS archive) against a bare
 * JavaFX window with one label run on the same runtime, alternating, in one run. Needs a display (Xvfb).
 * Args: app-image folder, class path holding BareWindow, runs.
 */
public final class StartupBench {
    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        String benchClasspath = args[1];
        int runs = Integer.parseInt(args[2]);
        Path cfg = Files.list(image.resolve("lib/app")).filter(p -> p.toString().endsWith(".cfg")).findFirst()
                .orElseThrow();
        String original = Files.readString(cfg);
        Files.writeString(cfg, original + "java-options=-Dbadgemanager.startupProbe=exit\n");
        Path launcher = Files.list(image.resolve("bin")).findFirst().orElseThrow();
        Path java = image.resolve("lib/runtime/bin/java");
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        try {
            for (int i = -1; i < runs; i++) { // run -1 warms the page cache and is not counted
                long a = launchToFirstFrame(List.of(launcher.toString()));
                long b = launchToFirstFrame(List.of(java.toString(), "-Xshare:auto", "-cp", benchClasspath,
                        BareWindow.class.getName()));
                if (i >= 0) {
                    app.add(a);
                    bare.add(b);
                }
            }
        } finally {
            Files.writeString(cfg, original);
        }
        double appMedian = Table.median(app);
        double bareMedian = Table.median(bare);
        double ratio = appMedian / bareMedian;
        Table.row("start-up: launch → main window's first frame (installed app-image, " + runs + " runs)",
                String.format("%.0f ms", appMedian), String.format("%.0f ms bare JavaFX window", bareMedian),
                ratio, "≤ 1.15", ratio <= 1.15);
        System.err.println("start-up runs, app: " + app + " bare: " + bare);
    }

    private static long launchToFirstFrame(List<String> command) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("bench-home");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
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
        if (frame < 0) {
            throw new IllegalStateException("no first frame from " + command);
        }
        return frame - started;
    }
}
