package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BadgeCarrierSearch;
import org.badgemanager.activities.BadgeCleanup;
import org.badgemanager.activities.CleanupPlan;
import org.badgemanager.activities.CleanupResult;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxFaults;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guided "free and delete the badge" run with one fault on a batch call (the second of two backup reads, or
 * either delete batch): every activity that is gone is in a backup, the badge is never deleted while an activity still
 * carries it, no other activity is touched, and running the flow again finishes the job.
 */
class WhereUsedUnderFaultsTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(WhereUsedUnderFaultsTest.class);
    private static final String CODE = "inUse";

    private record Kind(String words, Consumer<SandboxFaults> inject) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("500 INTERNAL_SERVER_ERROR", f -> f.failNext("batch", 500, "INTERNAL_SERVER_ERROR", "Internal server error")),
            new Kind("401 NO_AUTH_FOUND", f -> f.failNext("batch", 401, "NO_AUTH_FOUND", "Wrong authorization data")),
            new Kind("connection closed, batch not run", f -> f.dropNext("batch")),
            new Kind("batch ran, answer lost", f -> f.dropAfterNext("batch")),
            new Kind("batch ran, proxy 504 page", f -> f.answerAfterNext("batch", 504, "text/html",
                    "<html><body>504 Gateway Time-out</body></html>")));

    @TempDir
    Path backups;

    @Test
    void aFaultAnywhereLosesNoRecordAndNeverDeletesABadgeStillInUse() throws IOException {
        int scenarios = 0;
        int stoppedBeforeTheBadge = 0;
        List<String> problems = new ArrayList<>();
        for (Kind kind : KINDS) {
            // batch 2: the second backup read, after the first chunk is on disk; 3 and 4: the two delete batches
            for (int faultyBatch = 2; faultyBatch <= 4; faultyBatch++) {
                scenarios++;
                Path folder = backups.resolve(scenarios + "");
                try {
                    stoppedBeforeTheBadge += run(kind, faultyBatch, folder) ? 1 : 0;
                } catch (AssertionError e) {
                    problems.add(kind.words() + " on batch " + faultyBatch + ": " + e.getMessage().strip());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(stoppedBeforeTheBadge).isGreaterThan(0);
        ROWS.add("Nothing lost, nothing doubled", "Where-used run (back up and delete 72 activities carrying a badge, "
                + "then delete the badge), one fault on the second backup read or on delete batch 1 or 2: " + String.join(", ",
                KINDS.stream().map(Kind::words).toList()), scenarios, "the badge kept while any activity carries it ("
                + stoppedBeforeTheBadge + " runs stopped before the badge); every deleted record in the backup; "
                + "no other activity touched; a second run deletes the badge", "", 0);
    }

    /** One scenario on a fresh portal; true when the first run stopped before the badge. */
    private boolean run(Kind kind, int faultyBatch, Path folder) throws IOException {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit())) {
            portal.control().recycleBin(false); // the bin has its own tests; here the badge frees when they go
            portal.putBadge(SandboxBadge.of(CODE, "In use", "In use", "warning"));
            List<Long> others = portal.addActivities(10, 2, 1);
            List<Long> carriers = portal.addActivities(72, 2, 2);
            carriers.forEach(id -> portal.bindBadge(id, CODE));
            List<JsonNode> originals = carriers.stream().map(id -> (JsonNode) portal.activity(id).orElseThrow()).toList();
            BitrixClient client = FaultRig.webhook(portal.webhookUrl());

            for (int i = 1; i < faultyBatch; i++) {
                portal.faults().passNext("batch");
            }
            kind.inject().accept(portal.faults());
            CleanupResult first = null;
            try {
                first = flow(client).run(plan(client), folder, "sandbox", () -> false, (phase, done, all) -> { });
            } catch (BitrixException e) {
                // the backup could not be read: nothing deleted (checked below)
            }
            portal.faults().clear();

            Set<Long> gone = new HashSet<>(carriers);
            gone.removeIf(id -> portal.activity(id).isPresent());
            assertThat(backedUp(folder)).as("every deleted record is in a backup")
                    .containsAll(originals.stream().filter(o -> gone.contains(o.get("ID").asLong())).toList());
            assertThat(others).as("no other activity touched").allMatch(id -> portal.activity(id).isPresent());
            boolean badgeKept = portal.badge(CODE).isPresent();
            assertThat(badgeKept || gone.size() == carriers.size()).as("the badge is deleted only when none carries it")
                    .isTrue();
            if (first == null) {
                assertThat(gone).as("a failed backup deletes nothing").isEmpty();
            }

            if (badgeKept) {
                CleanupResult second = flow(client).run(plan(client), folder, "sandbox", () -> false,
                        (phase, done, all) -> { });
                assertThat(second.ending()).isEqualTo(CleanupResult.Ending.BADGE_DELETED);
            }
            assertThat(portal.badge(CODE)).isEmpty();
            assertThat(carriers).allMatch(id -> portal.activity(id).isEmpty());
            assertThat(backedUp(folder)).containsAll(originals);
            return badgeKept;
        }
    }

    private static CleanupPlan plan(BitrixClient client) {
        return CleanupPlan.of(new BadgeService(client).get(CODE),
                new BadgeCarrierSearch(client, false).find(CODE, () -> false), null);
    }

    private static BadgeCleanup flow(BitrixClient client) {
        return new BadgeCleanup(client, new ActivityService(client), new BadgeService(client),
                new BadgeCarrierSearch(client, false), Clock.systemUTC());
    }

    private static List<JsonNode> backedUp(Path folder) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return records;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                // compared with crm.activity.get: without the communications and files saved beside
                Json.mapper().readTree(Files.readString(file)).get("activities").forEach(r -> records.add(
                        ((com.fasterxml.jackson.databind.node.ObjectNode) r.deepCopy()).without(List.of("COMMUNICATIONS", "FILES"))));
            }
        }
        return records;
    }
}
