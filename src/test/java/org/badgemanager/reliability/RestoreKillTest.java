package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgemanager.activities.ActivityRestorer;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupFile;
import org.badgemanager.activities.BackupWriter;
import org.badgemanager.activities.RestoreLog;
import org.badgemanager.activities.RestoreOutcome;
import org.badgemanager.activities.RestoreOutcome.Status;
import org.badgemanager.activities.RestorePlan;
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
 * A restore of 150 calls from a backup (3 batches of adds) in a real child process, killed with SIGKILL after a
 * batch and while a batch of adds has run on the portal but its answer is still on its way. An add is not
 * idempotent, so whatever the step: running the restore again creates every record exactly once, the batch whose
 * answer never arrived is "unknown" and never sent again, and a third run sends nothing at all.
 */
class RestoreKillTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(RestoreKillTest.class);
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
    /** Holds every answer back after the work is done: a kill then lands while the answer is on its way. */
    private static final Duration LATENCY = Duration.ofSeconds(5);
    private static final int RECORDS = 150;
    private static int killed;

    private SandboxPortal portal;
    private ActivityService service;
    private Path backup;
    private int before;

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new ActivityService(Portals.webhookClient(portal));
        ObjectNode call = aRestorableCall();
        Map<Long, ObjectNode> records = new LinkedHashMap<>();
        for (int i = 1; i <= RECORDS; i++) {
            ObjectNode copy = call.deepCopy();
            copy.put("ID", String.valueOf(900_000 + i));
            copy.put("SUBJECT", "Restore kill " + i);
            records.put(900_000L + i, copy);
        }
        try (BackupWriter writer = BackupWriter.create(home.resolve("backups"), "Sandbox", Clock.systemUTC())) {
            writer.append(records);
            backup = writer.finish(List.of());
        }
        before = portal.activityCount();
    }

    private ObjectNode aRestorableCall() {
        for (long id = 1; ; id++) {
            JsonNode a = portal.activity(id).orElseThrow();
            if (a.path("TYPE_ID").asInt() == 2) {
                ObjectNode record = service.backupRecords(List.of(id)).get(id);
                if (record != null && !RestorePlan.of(record).refused()) {
                    return record;
                }
            }
        }
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @AfterAll
    static void report() {
        if (killed == 4) {
            ROWS.add("Process killed or quit", "Restore of 150 activities from a backup (3 batches of adds), the "
                    + "process killed (SIGKILL) after 1 and 2 of 3 batches, and while the second or third batch had "
                    + "run on the portal but its answer was on its way", killed, "the restore run again creates "
                    + "every record exactly once (the portal holds 150 more activities, no duplicate); the batch "
                    + "whose answer never arrived is \"Unknown\" and never sent again; a third run sends nothing",
                    "", 0);
        }
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"50", "100", "50+in-flight", "100+in-flight"})
    void aRestoreKilledAtAnyStepCreatesEveryRecordOnce(String step) throws Exception {
        boolean inFlight = step.endsWith("+in-flight");
        String pauseAt = step.replace("+in-flight", "");
        try (ChildJvm child = ChildJvm.start(RestoreChild.class, home, portal.webhookUrl(), backup.toString(),
                pauseAt)) {
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
        int done = Integer.parseInt(pauseAt);
        int lost = inFlight ? 50 : 0;
        assertThat(portal.activityCount()).as("what the killed run created").isEqualTo(before + done + lost);

        List<RestorePlan> plans = BackupFile.read(backup).records().stream().map(RestorePlan::of).toList();
        portal.clearRequests();
        ActivityRestorer.Report second = restore(plans);

        assertThat(portal.activityCount()).as("every record created exactly once").isEqualTo(before + RECORDS);
        assertThat(portal.requests("batch")).as("only the batches never sent")
                .hasSize((RECORDS - done - lost) / 50);
        assertThat(second.count(Status.RESTORED)).isEqualTo(RECORDS - lost);
        assertThat(second.count(Status.UNKNOWN)).isEqualTo(lost);
        for (RestoreOutcome o : second.outcomes()) {
            if (o.status() == Status.RESTORED) {
                assertThat(portal.activity(o.newId()).orElseThrow().path("SUBJECT").asText())
                        .isEqualTo("Restore kill " + (o.oldId() - 900_000));
            }
        }

        portal.clearRequests();
        ActivityRestorer.Report third = restore(plans);
        assertThat(portal.requests("batch")).as("a third run sends nothing").isEmpty();
        assertThat(third.outcomes()).isEqualTo(second.outcomes());
        assertThat(portal.activityCount()).isEqualTo(before + RECORDS);
        killed++;
    }

    private ActivityRestorer.Report restore(List<RestorePlan> plans) throws Exception {
        try (RestoreLog log = RestoreLog.of(backup)) {
            return service.restorer().restore(plans, log, () -> false, p -> { });
        }
    }

    private void awaitRequest(long sentBefore) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        while (portal.requests("batch").size() == sentBefore) {
            assertThat(System.nanoTime()).as("the batch of adds reached the portal").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
