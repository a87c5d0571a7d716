package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.badgemanager.app.Launcher;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own main class with a subcommand, in a child JVM without a display, as the installed launcher runs
 * it: it answers without loading a single JavaFX class, and it also runs with no JavaFX on the class path at all.
 */
class HeadlessCommandLineTest {
    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());
    @TempDir
    Path home;

    @Test
    void aSubcommandLoadsNoJavaFxClassAndNeedsNoDisplay() throws Exception {
        Path classLog = home.resolve("classes.txt");

        Child child = launch(System.getProperty("java.class.path"),
                List.of("-Xlog:class+load=info:file=" + classLog), "list", "--webhook-env", "HOOK", "--json");

        assertThat(child.exitCode()).as(child.err()).isEqualTo(ExitCodes.DONE);
        JsonNode doc = Json.parse(child.out());
        assertThat(doc.path("count").asInt()).isEqualTo(sandbox.portal().badges().size());
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).anyMatch(line -> line.contains(" org.badgemanager.cli.ListCommand "));
        assertThat(loaded).noneMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                || line.contains(" com.sun.glass.") || line.contains(" com.sun.prism."));
    }

    @Test
    void itRunsWithNoJavaFxOnTheClassPathAtAll() throws Exception {
        String withoutJavaFx = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("openjfx") && !entry.contains("testfx") && !entry.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        Path file = home.resolve("set.json");

        Child export = launch(withoutJavaFx, List.of(), "export", "--webhook-env", "HOOK", "-o", file.toString());
        Child compare = launch(withoutJavaFx, List.of(), "compare", "--webhook-env", "HOOK", file.toString());

        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.DONE);
        assertThat(file).exists();
        assertThat(compare.exitCode()).as(compare.err()).isIn(ExitCodes.DONE, ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(compare.err()).doesNotContain("NoClassDefFoundError");
    }

    private Child launch(String classPath, List<String> jvmOptions, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-Dbadgemanager.home=" + home, "-Dbadgemanager.secrets=file"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOOK", sandbox.portal().webhookUrl());
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        process.getOutputStream().close(); // stdin is no terminal, as in CI
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The command line did not end within 60 s");
        }
        return new Child(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Child(int exitCode, String out, String err) {
    }
}
