package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.Clock;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupWriter;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulk delete of 120 activities (3 batches of deletes, after a backup read in 3 batches) in a real child
 * process, killed with SIGKILL at every step. Whatever step it dies at: no activity outside the chosen ones is
 * touched, every activity the portal no longer holds is in a complete backup on disk, equal to what the portal
 * held, the next start removes the unfinished backup the kill left, and a second run finishes the job.
 */
class BulkDeleteKillTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BulkDeleteKillTest.class);
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
    /** Holds every answer back after the work is done: a kill then lands while the answer is on its way. */
    private static final Duration LATENCY = Duration.ofSeconds(5);
    private static int killed;

    private SandboxPortal portal;
    private List<Long> chosen;
    private List<Long> unchosen;
    private final Map<Long, ObjectNode> before = new HashMap<>();

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        chosen = portal.addActivities(120, 2, 7);
        unchosen = portal.addActivities(20, 2, 8);
        for (long id : chosen) {
            before.put(id, portal.activity(id).orElseThrow().deepCopy());
        }
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @AfterAll
    static void report() {
        if (killed == 6) {
            ROWS.add("Process killed or quit", "Bulk delete of 120 activities with a backup, the process killed "
                    + "(SIGKILL) at each step: backup started, backup half read, backup complete before the first "
                    + "delete, after 1 of 3 delete batches, after a delete batch ran but before its answer arrived, after 2 of 3 batches",
                    killed, "every activity gone from the portal is in a complete, synced backup equal to the "
                    + "portal's record; no other activity touched; the unfinished backup file is removed at the "
                    + "next start; a second run finishes", "", 0);
        }
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"BACKUP:0", "BACKUP:50", "DELETE:0", "DELETE:50", "DELETE:50+in-flight", "DELETE:100"})
    void aKillAtAnyStepLeavesEveryDeletedActivityInACompleteBackup(String step) throws Exception {
        boolean inFlight = step.endsWith("+in-flight");
        String pauseAt = step.replace("+in-flight", "");
        Path backups = home.resolve("backups");
        try (ChildJvm child = ChildJvm.start(BulkDeleteChild.class, home, portal.webhookUrl(), backups.toString(),
                pauseAt, chosen.stream().map(String::valueOf).collect(Collectors.joining(",")))) {
            child.awaitLine("PAUSED " + pauseAt, STEP_LIMIT);
            if (inFlight) {
                portal.faults().latency(LATENCY);
                long sent = portal.requests("batch").size();
                child.tell("go");
                awaitRequest(sent);
            }
            child.kill();
        }
        portal.faults().clear();

        List<Long> gone = chosen.stream().filter(id -> portal.activity(id).isEmpty()).toList();
        assertThat(unchosen).allMatch(id -> portal.activity(id).isPresent());
        Map<Long, JsonNode> backedUp = completeBackups(backups);
        assertThat(backedUp.keySet()).containsAll(gone);
        for (long id : gone) {
            // the record as crm.activity.get gives it, plus the communications and files a restore needs
            assertThat((JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) backedUp.get(id).deepCopy())
                    .without(List.of("COMMUNICATIONS", "FILES"))).isEqualTo(before.get(id));
        }
        if (step.startsWith("BACKUP")) {
            assertThat(gone).isEmpty();
            assertThat(backedUp).isEmpty();
        }

        List<String> removed = BackupWriter.removeUnfinished(backups);
        assertThat(partFiles(backups)).isEmpty();
        if (step.startsWith("BACKUP")) {
            assertThat(removed).hasSize(1).allMatch(name -> name.endsWith(".json.part"));
        }
        assertThat(completeBackups(backups)).isEqualTo(backedUp); // the sweep touches no complete backup

        // the admin runs the same delete again (here, in this JVM: the kill is over)
        new BulkDeletion(new ActivityService(Portals.webhookClient(portal)), Clock.systemUTC())
                .run(chosen, backups, "sandbox", () -> false, (phase, done, total) -> { });
        assertThat(chosen).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(unchosen).allMatch(id -> portal.activity(id).isPresent());
        Map<Long, JsonNode> all = completeBackups(backups);
        for (long id : chosen) {
            // the record as crm.activity.get gives it, plus the communications and files a restore needs
            assertThat((JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) all.get(id).deepCopy())
                    .without(List.of("COMMUNICATIONS", "FILES"))).as("activity %d in a backup", id).isEqualTo(before.get(id));
        }
        killed++;
    }

    private void awaitRequest(long sentBefore) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        while (portal.requests("batch").size() == sentBefore) {
            assertThat(System.nanoTime()).as("the delete batch reached the portal").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Every record in every complete backup file, by id; a complete file must parse whole. */
    private static Map<Long, JsonNode> completeBackups(Path folder) throws IOException {
        Map<Long, JsonNode> records = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return records;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode backup = Json.parse(Files.readString(file));
                assertThat(backup.path("count").asInt()).isEqualTo(backup.path("activities").size());
                for (JsonNode record : backup.path("activities")) {
                    records.put(record.path("ID").asLong(), record);
                }
            }
        }
        return records;
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".part")).toList();
        }
    }
}
