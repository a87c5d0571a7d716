package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupFile;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.activities.DeleteRunLog;
import org.badgemanager.activities.MatchingDeletion;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.sandbox.SeededActivities;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A delete of everything a search found (300 of 3 000 seeded activities, with the streamed backup) in a real
 * child process, killed with SIGKILL between batches and while a batch was with the portal. The admin then
 * continues the run from its report: what was done is skipped, every matching activity ends up deleted exactly
 * once in the report, no other activity is touched, and every deleted activity is in a backup as the portal held it.
 */
class MatchingDeleteKillTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(MatchingDeleteKillTest.class);
    private static final Duration STEP_LIMIT = Duration.ofSeconds(60);
    private static final Duration LATENCY = Duration.ofSeconds(5);
    private static final int SEEDED = 3_000;
    private static int killed;

    private SandboxPortal portal;
    private List<Long> matching;
    private List<Long> others;
    private final Map<Long, ObjectNode> before = new HashMap<>();

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        long first = portal.seedActivities(SEEDED);
        matching = LongStream.range(first, first + SEEDED)
                .filter(id -> (id - first) % SeededActivities.MATCH_EVERY == 0).boxed().toList();
        others = LongStream.range(first, first + SEEDED)
                .filter(id -> (id - first) % SeededActivities.MATCH_EVERY != 0).boxed().toList();
        for (long id : matching) {
            before.put(id, portal.activity(id).orElseThrow());
        }
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @AfterAll
    static void report() {
        if (killed == 3) {
            ROWS.add("Process killed or quit", "Delete of everything a search found (300 of 3 000, streamed backup), "
                    + "the process killed (SIGKILL) after 1 batch, after 3 batches, and while a delete batch ran "
                    + "but before its answer arrived; then continued from its report", killed,
                    "each matching activity deleted once in the report, none skipped, no other touched; every "
                    + "deleted one in a backup equal to the portal's record", "", 0);
        }
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"49", "147", "98+in-flight"})
    void aKilledRunContinuesFromItsReport(String step) throws Exception {
        boolean inFlight = step.endsWith("+in-flight");
        String pauseAt = step.replace("+in-flight", "");
        Path backups = home.resolve("backups");
        Path reports = home.resolve("reports");
        try (ChildJvm child = ChildJvm.start(MatchingDeleteChild.class, home, portal.webhookUrl(), backups.toString(),
                reports.toString(), pauseAt, String.valueOf(matching.size()),
                String.valueOf(SeededActivities.MATCH_TYPE_ID), String.valueOf(SeededActivities.MATCH_RESPONSIBLE_ID))) {
            child.awaitLine("PAUSED", STEP_LIMIT);
            if (inFlight) {
                portal.faults().latency(LATENCY);
                long sent = portal.requests("batch").size();
                child.tell("go");
                long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
                while (portal.requests("batch").size() == sent) {
                    assertThat(System.nanoTime()).as("the next batch reached the portal").isLessThan(deadline);
                    Thread.sleep(10);
                }
            }
            child.kill();
        }
        portal.faults().clear();
        Set<Long> goneAtKill = new HashSet<>();
        matching.stream().filter(id -> portal.activity(id).isEmpty()).forEach(goneAtKill::add);
        assertThat(goneAtKill).isNotEmpty();
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
        // everything gone is already in the (cut short) backup, whole
        assertThat(backedUp(backups).keySet()).containsAll(goneAtKill);

        // the admin continues the run from its report (here, in this JVM: the kill is over)
        Path report = DeleteRunLog.latestUnfinished(reports, "sandbox").orElseThrow();
        portal.clearRequests();
        DeleteRunLog log = new MatchingDeletion(new ActivityService(Portals.webhookClient(portal)), Clock.systemUTC())
                .resume(report, backups, () -> false, (done, all) -> { });

        assertThat(log.end()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
        Map<Long, DeleteOutcome.Status> outcomes = new HashMap<>();
        log.outcomes(o -> true, o -> assertThat(outcomes.put(o.id(), o.status())).as("id %d once", o.id()).isNull(),
                Long.MAX_VALUE);
        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(matching);
        assertThat(outcomes.values()).allMatch(s -> s == DeleteOutcome.Status.DELETED);
        // what was gone at the kill was not sent again
        assertThat(org.badgemanager.activities.MatchingDeletionTestAccess.deleteIdsSent(portal.requests("batch")))
                .doesNotContainAnyElementsOf(goneAtKill);
        Map<Long, JsonNode> all = backedUp(backups);
        for (long id : matching) {
            assertThat((JsonNode) ((ObjectNode) all.get(id).deepCopy()).without(List.of("COMMUNICATIONS", "FILES")))
                    .as("activity %d in a backup", id).isEqualTo(before.get(id));
        }
        killed++;
    }

    private static Map<Long, JsonNode> backedUp(Path folder) throws Exception {
        Map<Long, JsonNode> records = new HashMap<>();
        for (BackupFile file : BackupFile.list(folder, null)) {
            BackupFile.read(file.path()).records().forEach(r -> records.put(r.path("ID").asLong(), r));
        }
        return records;
    }
}
