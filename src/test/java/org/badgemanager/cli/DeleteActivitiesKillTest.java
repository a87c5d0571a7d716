package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.badgemanager.app.Launcher;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code BadgeManager delete-activities --yes} in a real child process, killed with SIGKILL once the first delete
 * batch is reported: every activity the portal no longer holds is in the complete backup the command wrote first.
 */
class DeleteActivitiesKillTest {
    @TempDir
    Path home;
    private final SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void killedWhileDeletingEverythingGoneIsInTheBackup() throws Exception {
        List<Long> chosen = portal.addActivities(120, 2, 7);
        List<Long> others = portal.addActivities(10, 2, 8);
        Path backups = home.resolve("backups");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Dbadgemanager.home=" + home,
                "-Dbadgemanager.secrets=file", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "delete-activities", "--webhook-env", "HOOK", "--yes", "--backup-dir", backups.toString(),
                "--owner-type", "deal", "--owner-id", "7").redirectErrorStream(true);
        builder.environment().put("HOOK", portal.webhookUrl());
        builder.environment().put("LANG", "C.UTF-8");
        Process child = builder.start();
        child.getOutputStream().close();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                said.add(line);
                if (line.startsWith("Deleted: 50 of 120")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("what the child said").anyMatch(l -> l.startsWith("Deleted: 50 of 120"));

        List<Long> gone = chosen.stream().filter(id -> portal.activity(id).isEmpty()).toList();
        assertThat(gone).hasSizeGreaterThanOrEqualTo(50);
        others.forEach(id -> assertThat(portal.activity(id)).isPresent());
        List<Path> files;
        try (Stream<Path> list = Files.list(backups)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        JsonNode backup = Json.mapper().readTree(files.get(0).toFile());
        Set<Long> saved = new HashSet<>();
        backup.path("activities").forEach(a -> saved.add(a.path("ID").asLong()));
        assertThat(backup.path("count").asInt()).isEqualTo(120);
        assertThat(saved).containsAll(gone).hasSize(120);
    }
    @Test
    void stoppedBySignalItFinishesTheRequestInFlightAndStillPrintsTheReport() throws Exception {
        List<Long> chosen = portal.addActivities(120, 2, 7);
        portal.faults().latency(java.time.Duration.ofMillis(1500)); // every call takes a while: the signal lands mid-run
        Process child = start(chosen);
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                said.add(line);
                if (line.startsWith("Deleted: 50 of 120")) {
                    // SIGTERM (shutdown hooks run, as for Ctrl+C's SIGINT), sent through the handle: Process.destroy()
                    // would also close our end of the pipe
                    child.toHandle().destroy();
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(said).as("what the child said").contains("Stopping after the request in flight...");
        int signalled = said.indexOf("Stopping after the request in flight...");
        List<String> after = said.subList(signalled, said.size());
        assertThat(after).anyMatch(l -> l.startsWith("Backup: ")).anyMatch(l -> l.startsWith("Deleted: ")
                && !l.contains(" of "));
        List<Long> gone = chosen.stream().filter(id -> portal.activity(id).isEmpty()).toList();
        assertThat(gone).hasSizeGreaterThanOrEqualTo(50);
        assertThat(after).anyMatch(l -> l.equals("Deleted: " + gone.size()));
    }

    private Process start(List<Long> chosen) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Dbadgemanager.home=" + home,
                "-Dbadgemanager.secrets=file", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "delete-activities", "--webhook-env", "HOOK", "--yes", "--backup-dir", home.resolve("backups").toString(),
                chosen.get(0) + "-" + chosen.get(chosen.size() - 1)).redirectErrorStream(true);
        builder.environment().put("HOOK", portal.webhookUrl());
        builder.environment().put("LANG", "C.UTF-8");
        Process child = builder.start();
        child.getOutputStream().close();
        return child;
    }
}
