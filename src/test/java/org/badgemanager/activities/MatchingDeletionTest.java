package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.sandbox.SeededActivities;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting everything a search found, on the wire: keyset pages listed inside the delete batches, the streamed
 * backup ahead of every delete, the log on disk, and a cancelled run continued.
 */
class MatchingDeletionTest {
    private static final int SEEDED = 3_000;
    private static final ActivityFilter CALLS_OF_7 = new ActivityFilter(null, null, SeededActivities.MATCH_TYPE_ID,
            null, null, (long) SeededActivities.MATCH_RESPONSIBLE_ID, null, null);

    private SandboxPortal portal;
    private ActivityService service;
    private long first;
    private List<Long> matching;
    private List<Long> others;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        first = portal.seedActivities(SEEDED);
        matching = LongStream.range(first, first + SEEDED).filter(id -> (id - first) % SeededActivities.MATCH_EVERY == 0)
                .boxed().toList();
        others = LongStream.range(first, first + SEEDED).filter(id -> (id - first) % SeededActivities.MATCH_EVERY != 0)
                .boxed().toList();
        service = new ActivityService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void keysetPagingDeletesEveryMatchingActivityOnceWhileOthersDeleteConcurrently() throws Exception {
        // someone else deletes activities (matching and not) one by one while the run goes
        BitrixClient other = Portals.webhookClient(portal);
        Set<Long> byOther = java.util.Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread rival = new Thread(() -> {
            Random random = new Random(7);
            while (running.get()) {
                long id = first + random.nextInt(SEEDED);
                try {
                    com.fasterxml.jackson.databind.node.ObjectNode p = Json.object();
                    p.put("id", id);
                    other.call("crm.activity.delete", p);
                    byOther.add(id);
                } catch (BitrixException gone) {
                    // deleted already (by the run or before)
                }
            }
        });
        rival.start();
        DeleteRunLog log;
        try {
            log = new MatchingDeletion(service, Clock.systemUTC()).start(CALLS_OF_7, matching.size(), "sandbox",
                    null, home.resolve("reports"), () -> false, (done, all) -> { });
        } finally {
            running.set(false);
            rival.join();
        }

        assertThat(log.end()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others.stream().filter(id -> !byOther.contains(id))).allMatch(id -> portal.activity(id).isPresent());
        // on the wire: each id deleted by the run at most once, none outside the search
        List<Long> deletedByRun = deleteIdsSent(portal.requests("batch"));
        assertThat(deletedByRun).doesNotHaveDuplicates();
        assertThat(new HashSet<>(matching)).containsAll(deletedByRun);
        // and nothing skipped: what the rival did not take, the run deleted
        Set<Long> expected = new HashSet<>(matching);
        expected.removeAll(byOther);
        assertThat(deletedByRun).containsAll(expected);
        // the report on disk has each of them once
        Map<Long, DeleteOutcome.Status> outcomes = new HashMap<>();
        log.outcomes(o -> true, o -> assertThat(outcomes.put(o.id(), o.status())).as("id %d once", o.id()).isNull(),
                Long.MAX_VALUE);
        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(deletedByRun);
        // the pages moved forward only, never counted
        List<Long> after = new ArrayList<>();
        for (Map<String, String> list : listCommands(portal.requests("batch"))) {
            assertThat(list.get("start")).isEqualTo("-1");
            String from = list.get("filter[>ID]");
            // the first page of a batch starts after the last listed id; the next ones after the page before
            if (!from.startsWith("$result[")) {
                after.add(Long.parseLong(from));
            }
        }
        assertThat(after).isSorted().doesNotHaveDuplicates();
        // the lists ride with the deletes: the requests are about what the deletes alone need
        assertThat(portal.requests("batch").size()).isLessThanOrEqualTo(deletedByRun.size() / 46 + 4);
    }

    @Test
    void everyDeletedIdIsInTheStreamedBackupBeforeItsBatchIsSent() throws Exception {
        // one batch at a time, so each batch the portal holds is the one whose deletes are checked
        service = new ActivityService(Portals.webhookClient(portal, Portals.fastOptions()
                .withPlan(new org.badgemanager.limits.PlanChoice(org.badgemanager.limits.PortalPlan.SELF_HOSTED, 1))));
        Path backups = home.resolve("backups");
        Path reports = home.resolve("reports");
        List<Set<Long>> backedUpAtEachBatch = new ArrayList<>();
        CallHold hold = portal.faults().holdNext("batch", false, Duration.ofSeconds(20));
        Thread run = new Thread(() -> {
            try {
                new MatchingDeletion(service, Clock.systemUTC()).start(CALLS_OF_7, matching.size(), "sandbox",
                        backups, reports, () -> false, (done, all) -> { });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        run.start();
        while (true) {
            if (!hold.awaitArrival(Duration.ofSeconds(1))) {
                if (!run.isAlive()) {
                    break;
                }
                continue;
            }
            // the batch is with the portal and has not run: what is on disk now
            backedUpAtEachBatch.add(backupIds(backups));
            CallHold current = hold;
            hold = portal.faults().holdNext("batch", false, Duration.ofSeconds(20));
            current.release();
        }
        run.join();
        portal.faults().clear();

        List<RecordedRequest> batches = portal.requests("batch");
        assertThat(batches).hasSize(backedUpAtEachBatch.size());
        for (int i = 0; i < batches.size(); i++) {
            List<Long> deletes = deleteIdsSent(List.of(batches.get(i)));
            assertThat(backedUpAtEachBatch.get(i)).as("backup on disk when batch %d was sent", i).containsAll(deletes);
        }
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        // complete records: the backup equals what the portal held
        BackupFile.Contents contents = BackupFile.read(single(backups));
        assertThat(contents.records()).hasSize(matching.size());
        assertThat(contents.records().get(0).path("COMMUNICATIONS").isArray()).isTrue();
        assertThat(contents.header().run()).isEqualTo(BackupWriter.MATCHING_DELETE);
    }

    @Test
    void aCancelledRunContinuesFromItsReportSkippingWhatIsDone() throws Exception {
        // one batch at a time: the cancel lands after a known number of batches
        service = new ActivityService(Portals.webhookClient(portal, Portals.fastOptions()
                .withPlan(new org.badgemanager.limits.PlanChoice(org.badgemanager.limits.PortalPlan.SELF_HOSTED, 1))));
        Path reports = home.resolve("reports");
        Path backups = home.resolve("backups");
        AtomicBoolean cancel = new AtomicBoolean();
        DeleteRunLog log = new MatchingDeletion(service, Clock.systemUTC()).start(CALLS_OF_7, matching.size(),
                "sandbox", backups, reports, cancel::get, (done, all) -> cancel.set(done >= 100));
        assertThat(log.end()).isEqualTo(DeleteRunLog.End.CANCELLED);
        long doneBefore = log.count(DeleteOutcome.Status.DELETED);
        assertThat(doneBefore).isBetween(100L, 200L);
        assertThat(DeleteRunLog.latestUnfinished(reports, "sandbox")).contains(log.file());
        portal.clearRequests();

        DeleteRunLog resumed = new MatchingDeletion(service, Clock.systemUTC()).resume(log.file(), backups,
                () -> false, (done, all) -> { });
        assertThat(resumed.end()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(resumed.count(DeleteOutcome.Status.DELETED)).isEqualTo(matching.size());
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
        // the continued run neither deleted nor listed again what was done
        List<Long> again = deleteIdsSent(portal.requests("batch"));
        assertThat(again).hasSize(matching.size() - (int) doneBefore).doesNotHaveDuplicates();
        // the continued run lists from the cursor (the ids listed but not sent before the cancel come again)
        assertThat(Long.parseLong(listCommands(portal.requests("batch")).get(0).get("filter[>ID]")))
                .isEqualTo(log.cursor());
        assertThat(DeleteRunLog.latestUnfinished(reports, "sandbox")).isEmpty();
        // both backups together hold every deleted activity
        Set<Long> backedUp = backupIds(backups);
        assertThat(backedUp).containsAll(matching);
    }

    @Test
    void aContinuationFindsEveryIdOfSeveralBatchesThatWereInFlight() throws Exception {
        // killed with two batches queued in flight (100 ids) that never reached the portal
        Path reports = home.resolve("reports");
        try (DeleteRunLog log = DeleteRunLog.create(reports, new DeleteRunLog.Plan("sandbox", CALLS_OF_7,
                matching.size(), false, "2026-12-03T00:00:00Z"), Clock.systemUTC())) {
            log.sending(matching.subList(0, 50));
            log.sending(matching.subList(50, 100));
        }

        DeleteRunLog resumed = new MatchingDeletion(service, Clock.systemUTC()).resume(
                DeleteRunLog.latestUnfinished(reports, "sandbox").orElseThrow(), home.resolve("backups"), () -> false,
                (done, all) -> { });

        assertThat(resumed.end()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(matching).as("every matching activity gone").allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
        assertThat(resumed.count(DeleteOutcome.Status.DELETED)).isEqualTo(matching.size());
    }

    @Test
    void aContinuationDeletesWhatABatchRefusedBesideOneThatRanWithItsAnswerLost() throws Exception {
        Path reports = home.resolve("reports");
        try (DeleteRunLog log = DeleteRunLog.create(reports, new DeleteRunLog.Plan("sandbox", CALLS_OF_7,
                matching.size(), false, "2026-12-03T00:00:00Z"), Clock.systemUTC())) {
            log.sending(matching.subList(0, 50));
            log.batchDone(matching.subList(0, 50), List.of(), log.cursor()); // refused whole: no outcome, no cursor
            log.sending(matching.subList(50, 100)); // ran on the portal, its answer lost in a kill
        }
        var client = Portals.webhookClient(portal);
        for (long id : matching.subList(50, 100)) {
            client.call("crm.activity.delete", Json.object().put("id", id));
        }

        DeleteRunLog resumed = new MatchingDeletion(service, Clock.systemUTC()).resume(
                DeleteRunLog.latestUnfinished(reports, "sandbox").orElseThrow(), home.resolve("backups"), () -> false,
                (done, all) -> { });

        assertThat(resumed.end()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(matching.subList(0, 50)).as("the refused batch's ids are deleted by the continuation")
                .allMatch(id -> portal.activity(id).isEmpty());
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
    }

    @Test
    void cancelStopsABatchStillOnItsWayAndTheContinuationSettlesIt() throws Exception {
        Path reports = home.resolve("reports");
        Path backups = home.resolve("backups");
        AtomicBoolean cancel = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<org.badgemanager.sandbox.CallHold> held =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CompletableFuture<DeleteRunLog> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new MatchingDeletion(service, Clock.systemUTC()).start(CALLS_OF_7, matching.size(),
                                "sandbox", backups, reports, cancel::get, (done, all) -> {
                                    // after the first list: the next batch waits in the portal, before its work
                                    if (held.get() == null) {
                                        held.set(portal.faults().holdNext("batch", false,
                                                java.time.Duration.ofSeconds(60)));
                                    }
                                });
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        while (held.get() == null || !held.get().hasArrived()) {
            Thread.sleep(10);
        }
        cancel.set(true);

        DeleteRunLog log = run.get(20, java.util.concurrent.TimeUnit.SECONDS); // not the hold's 60 s
        held.get().releaseWithoutRunning();
        assertThat(log.end()).isEqualTo(DeleteRunLog.End.CANCELLED);
        assertThat(log.inFlight()).as("the batch cut off may have run: kept for the continuation").isNotEmpty()
                .allMatch(id -> portal.activity(id).isPresent());

        DeleteRunLog resumed = new MatchingDeletion(service, Clock.systemUTC()).resume(log.file(), backups,
                () -> false, (done, all) -> { });
        assertThat(resumed.end()).as(resumed.stopCode()).isEqualTo(DeleteRunLog.End.FINISHED);
        assertThat(matching).allMatch(id -> portal.activity(id).isEmpty());
        assertThat(others).allMatch(id -> portal.activity(id).isPresent());
        assertThat(backupIds(backups)).containsAll(matching);
    }

    static List<Long> deleteIdsSent(List<RecordedRequest> batches) {
        List<Long> ids = new ArrayList<>();
        for (RecordedRequest batch : batches) {
            batch.params().path("cmd").forEach(cmd -> {
                String text = cmd.asText();
                if (text.startsWith("crm.activity.delete?")) {
                    ids.add(Long.parseLong(text.substring(text.indexOf("id=") + 3)));
                }
            });
        }
        return ids;
    }

    /** The crm.activity.list commands inside the batches, as decoded query keys ("filter[>ID]") and values. */
    static List<Map<String, String>> listCommands(List<RecordedRequest> batches) {
        List<Map<String, String>> lists = new ArrayList<>();
        for (RecordedRequest batch : batches) {
            batch.params().path("cmd").forEach(cmd -> {
                String text = cmd.asText();
                if (text.startsWith("crm.activity.list?")) {
                    Map<String, String> params = new HashMap<>();
                    for (String pair : text.substring(text.indexOf('?') + 1).split("&")) {
                        String[] kv = pair.split("=", 2);
                        params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
                    }
                    lists.add(params);
                }
            });
        }
        return lists;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Set<Long> backupIds(Path folder) throws IOException {
        Set<Long> ids = new HashSet<>();
        for (BackupFile file : BackupFile.list(folder, null)) {
            BackupFile.read(file.path()).records().forEach(r -> ids.add(r.path("ID").asLong()));
        }
        return ids;
    }

    private static Path single(Path folder) throws IOException {
        List<BackupFile> files = BackupFile.list(folder, null);
        assertThat(files).hasSize(1);
        return files.get(0).path();
    }
}
