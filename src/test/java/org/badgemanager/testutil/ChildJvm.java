package org.badgemanager.testutil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real second JVM running a test main class on this test run's class path, so a test can kill it
 * ({@code destroyForcibly}, SIGKILL on Linux) at a chosen step and look at what it left behind. The child tells
 * its steps on standard output, one line each; {@link #awaitLine} waits for one.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final PrintWriter input;

    private ChildJvm(Process process) {
        this.process = process;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code args}; the child's data folder is {@code home}. */
    public static ChildJvm start(Class<?> mainClass, Path home, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dbadgemanager.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix}; fails with everything the child said when none comes. */
    public String awaitLine(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("The child never said \"" + prefix + "\" within " + limit
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")")
                        + "; it said: " + said());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Sends one line to the child's standard input. */
    public void tell(String line) {
        input.println(line);
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the child. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("The killed child did not end");
        }
    }

    public synchronized String said() {
        return String.join(" | ", seen);
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                synchronized (this) {
                    seen.add(line);
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: its output simply ends
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
