package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxFaults;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk delete (50 per batch) with a fault on one of its batch calls, for every kind of fault and every batch:
 * no activity outside the chosen ids is ever touched, every chosen id is reported exactly once, and what the
 * report says of each id is what the portal holds. A second run over what is left finishes the job.
 */
class BulkDeleteUnderFaultsTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BulkDeleteUnderFaultsTest.class);
    private static final int DEAL = 2;
    private SandboxPortal portal;
    private ActivityService service;

    /** {@code answerLost}: no answer of the portal's came back, so the client cannot know what the batch did. */
    private record Kind(String words, boolean answerLost, Consumer<SandboxFaults> inject) {
    }

    private int unknownReported;

    private static final List<Kind> KINDS = List.of(
            new Kind("500 INTERNAL_SERVER_ERROR", false, f -> f.failNext("batch", 500, "INTERNAL_SERVER_ERROR", "Internal server error")),
            new Kind("503 QUERY_LIMIT_EXCEEDED", false, f -> f.failNext("batch", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests")),
            new Kind("401 NO_AUTH_FOUND (webhook removed)", false, f -> f.failNext("batch", 401, "NO_AUTH_FOUND", "Wrong authorization data")),
            new Kind("connection closed, batch not run", true, f -> f.dropNext("batch")),
            new Kind("batch ran, answer lost", true, f -> f.dropAfterNext("batch")),
            new Kind("batch ran, answer cut mid-body", true, f -> f.cutAfterNext("batch")),
            new Kind("batch ran, proxy 504 page", true, f -> f.answerAfterNext("batch", 504, "text/html",
                    "<html><body>504 Gateway Time-out</body></html>")),
            new Kind("proxy 502 page, batch not run", true, f -> f.answerNext("batch", 502, "text/html",
                    "<html><body>502 Bad Gateway</body></html>")));

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        service = new ActivityService(FaultRig.webhook(portal.webhookUrl()));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aFaultOnAnyBatchNeverTouchesAnUnchosenIdAndEveryIdIsReportedOnceAndTruly() {
        int scenarios = 0;
        List<String> problems = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (int faultyBatch = 1; faultyBatch <= 3; faultyBatch++) {
                scenarios++;
                try {
                    run(kind, faultyBatch);
                } catch (AssertionError e) {
                    problems.add(kind.words() + " on batch " + faultyBatch + ": " + e.getMessage().strip());
                }
            }
        }
        assertThat(problems).isEmpty();
        ROWS.add("Nothing lost, nothing doubled", "Bulk delete of 120 chosen ids (3 batches, with duplicates, a foreign "
                + "and a missing id) beside 40 unchosen ones, one fault on batch 1, 2 or 3: " + words(), scenarios,
                "a per-id report: each chosen id exactly once, its status true to the portal (" + unknownReported
                        + " ids of batches without an answer reported UNKNOWN, never as untouched); no unchosen id "
                        + "deleted; a second run finishes", "", 0);
    }

    private static String words() {
        return String.join(", ", KINDS.stream().map(Kind::words).toList());
    }

    private void run(Kind kind, int faultyBatch) {
        List<Long> unchosen = portal.addActivities(20, DEAL, 1);
        List<Long> chosen = new ArrayList<>(portal.addActivities(118, DEAL, 2));
        unchosen.addAll(portal.addActivities(20, DEAL, 3));
        long foreign = chosen.get(60);
        portal.setActivityAccess(foreign, ActivityAccess.FOREIGN);
        long missing = unchosen.get(19) + 1000;
        chosen.add(missing);
        chosen.add(chosen.get(5)); // chosen twice: deleted and reported once
        chosen.add(chosen.get(100));
        Set<Long> distinct = new HashSet<>(chosen);
        assertThat(distinct).hasSize(119);

        for (int i = 1; i < faultyBatch; i++) {
            portal.faults().passNext("batch");
        }
        kind.inject().accept(portal.faults());
        BulkDeleteReport report = service.deleteMany(chosen, () -> false, p -> { });
        portal.faults().clear();

        List<Long> reported = report.outcomes().stream().map(DeleteOutcome::id).toList();
        assertThat(reported).as("every chosen id exactly once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(distinct);
        assertThat(unchosen).as("no unchosen id deleted").allMatch(id -> portal.activity(id).isPresent());
        for (DeleteOutcome o : report.outcomes()) {
            if (o.id() == missing) {
                continue; // never existed: NOT_FOUND, or NOT_ATTEMPTED when the run stopped before it
            }
            boolean onPortal = portal.activity(o.id()).isPresent();
            switch (o.status()) {
                case DELETED, NOT_FOUND -> assertThat(onPortal).as("%s reported %s", o.id(), o.status()).isFalse();
                case NOT_ATTEMPTED, ACCESS_DENIED, APP_CONTEXT_REQUIRED ->
                        assertThat(onPortal).as("%s reported %s", o.id(), o.status()).isTrue();
                case FAILED -> assertThat(o.code()).as("%s failed without a code", o.id()).isNotNull();
                case UNKNOWN -> {
                    assertThat(kind.answerLost()).as("%s UNKNOWN though the portal answered", o.id()).isTrue();
                    unknownReported++;
                }
            }
        }

        // the user runs it again on what is left; everything deletable goes
        List<Long> left = report.outcomes().stream().filter(o -> o.status() != Status.DELETED
                && o.status() != Status.NOT_FOUND).map(DeleteOutcome::id).toList();
        BulkDeleteReport second = service.deleteMany(left, () -> false, p -> { });
        assertThat(second.stoppedBy()).isNull();
        assertThat(distinct).as("all chosen ids gone but the foreign one")
                .allMatch(id -> id == foreign || portal.activity(id).isEmpty());
        assertThat(unchosen).allMatch(id -> portal.activity(id).isPresent());
    }
}
