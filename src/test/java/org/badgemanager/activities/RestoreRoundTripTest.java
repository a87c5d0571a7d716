package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.badgemanager.activities.RestoreOutcome.Status;
import org.badgemanager.reliability.ReliabilityRows;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete through the app's bulk delete, then restore from its backup: every restorable field comes back equal,
 * every other one is named, an e-mail is never sent again, and a lost answer is never added twice.
 */
class RestoreRoundTripTest {
    /** What crm.activity.add can set, compared between the deleted activity and the restored one. */
    private static final List<String> RESTORABLE = List.of("OWNER_TYPE_ID", "OWNER_ID", "TYPE_ID", "PROVIDER_ID",
            "PROVIDER_TYPE_ID", "SUBJECT", "START_TIME", "END_TIME", "COMPLETED", "STATUS", "PRIORITY",
            "RESPONSIBLE_ID", "DIRECTION", "DESCRIPTION", "DESCRIPTION_TYPE", "ORIGINATOR_ID", "ORIGIN_ID");
    private static final ReliabilityRows ROWS = ReliabilityRows.of(RestoreRoundTripTest.class);
    @TempDir Path dir;
    private SandboxPortal portal;
    private ActivityService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new ActivityService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** Demo activities the webhook may delete, {@code count} of each kind asked for. */
    private List<Long> pick(int count, Predicate<JsonNode> kind) {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; ids.size() < count; id++) {
            JsonNode a = portal.activity(id).orElseThrow();
            if (kind.test(a) && !service.backupRecords(List.of(id)).isEmpty()
                    && !"CONFIGURABLE_REST_APP".equals(a.path("PROVIDER_ID").asText())) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Predicate<JsonNode> type(int typeId) {
        return a -> a.path("TYPE_ID").asInt() == typeId;
    }

    private static boolean outgoingDoneEmail(JsonNode a) {
        return a.path("TYPE_ID").asInt() == 4 && a.path("DIRECTION").asInt() == 2 && a.path("COMPLETED").asText().equals("Y");
    }

    private Path deleteWithBackup(List<Long> ids) throws Exception {
        BulkDeletion.Result deleted = new BulkDeletion(service, Clock.systemDefaultZone())
                .run(ids, dir, "Sandbox", () -> false, (p, d, t) -> { });
        assertThat(deleted.report().count(DeleteOutcome.Status.DELETED)).isEqualTo(ids.size());
        assertThat(ids).allMatch(id -> portal.activity(id).isEmpty());
        return deleted.backupFile();
    }

    @Test
    void deletedThenRestoredActivitiesAreEqualInEveryRestorableField() throws Exception {
        List<Long> ids = new ArrayList<>();
        ids.addAll(pick(3, type(2)));
        ids.addAll(pick(2, type(1)));
        ids.addAll(pick(2, a -> type(4).test(a) && !outgoingDoneEmail(a)));
        ids.addAll(pick(2, RestoreRoundTripTest::outgoingDoneEmail));
        long task = pick(1, type(3)).get(0);
        ids.add(task);
        Map<Long, ObjectNode> before = new LinkedHashMap<>();
        Map<Long, JsonNode> communications = new LinkedHashMap<>();
        ids.forEach(id -> {
            before.put(id, portal.activity(id).orElseThrow());
            communications.put(id, portal.communications(id).orElseThrow());
        });
        Path backup = deleteWithBackup(ids);

        List<BackupFile> listed = BackupFile.list(dir, "Sandbox");
        assertThat(listed).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(backup);
            assertThat(f.count()).isEqualTo(ids.size());
            assertThat(f.run()).isEqualTo(BackupWriter.BULK_DELETE);
            assertThat(f.requested()).isEqualTo(ids.size());
        });
        assertThat(BackupFile.list(dir, "another.bitrix24.com")).isEmpty();
        List<RestorePlan> plans = BackupFile.read(backup).records().stream().map(RestorePlan::of).toList();
        portal.clearRequests();

        ActivityRestorer.Report report = restore(backup, plans);

        assertThat(report.outcomes()).extracting(RestoreOutcome::oldId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(report.count(Status.RESTORED)).isEqualTo(ids.size() - 1);
        RestoreOutcome refused = report.outcomes().stream().filter(o -> o.oldId() == task).findFirst().orElseThrow();
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThat(refused.refusal()).isEqualTo(RestorePlan.Refusal.TASK);
        for (RestoreOutcome o : report.outcomes()) {
            if (o.status() != Status.RESTORED) {
                continue;
            }
            ObjectNode old = before.get(o.oldId());
            ObjectNode now = portal.activity(o.newId()).orElseThrow();
            assertThat(o.newId()).isNotEqualTo(o.oldId());
            boolean leftOpen = outgoingDoneEmail(old);
            for (String field : RESTORABLE) {
                if (leftOpen && (field.equals("COMPLETED") || field.equals("STATUS"))) {
                    assertThat(now.path(field).asText()).as("an outgoing e-mail comes back open")
                            .isEqualTo(field.equals("COMPLETED") ? "N" : "1");
                } else {
                    assertThat(now.get(field)).as(field + " of " + o.oldId()).isEqualTo(old.get(field));
                }
            }
            assertThat(withoutIds(portal.communications(o.newId()).orElseThrow()))
                    .isEqualTo(withoutIds(communications.get(o.oldId())));
            assertThat(o.lost()).as("named, each field the portal sets itself")
                    .containsAll(List.of("ID", "CREATED", "LAST_UPDATED", "AUTHOR_ID", "EDITOR_ID", "DEADLINE"));
            boolean outgoingEmail = old.path("TYPE_ID").asInt() == 4 && old.path("DIRECTION").asInt() == 2;
            assertThat(o.lost().contains("FILES")).isEqualTo(outgoingEmail); // the sandbox attaches a file to those
            assertThat(o.changes().contains(RestorePlan.Change.EMAIL_LEFT_OPEN)).isEqualTo(leftOpen);
        }
        assertThat(portal.sentEmails()).as("no e-mail reached a customer").isEmpty();
        assertThat(portal.requests("batch")).as("all adds in one batch").hasSize(1);

        // the same backup restored again, say the next day: the restore log beside it says what is back already
        int count = portal.activityCount();
        ActivityRestorer.Report again = restore(backup, plans);
        assertThat(portal.requests("batch")).as("nothing sent the second time").hasSize(1);
        assertThat(portal.activityCount()).isEqualTo(count);
        assertThat(again.outcomes()).extracting(RestoreOutcome::status, RestoreOutcome::newId)
                .containsExactlyInAnyOrderElementsOf(report.outcomes().stream()
                        .map(o -> org.assertj.core.groups.Tuple.tuple(o.status(), o.newId())).toList());
        ROWS.add("Nothing lost, nothing doubled", "Bulk delete with a backup, then restore from it (calls, meetings, "
                + "e-mails, a task)", ids.size(), "restored records equal in every field REST can set; the ones it "
                + "cannot named per record; the task refused with the reason; no e-mail sent to a customer", "", 0);
    }

    @Test
    void anAddWhoseAnswerIsLostIsUnknownAndNeverSentAgain() throws Exception {
        List<Long> ids = pick(3, type(2));
        Path backup = deleteWithBackup(ids);
        List<RestorePlan> plans = BackupFile.read(backup).records().stream().map(RestorePlan::of).toList();
        int before = portal.activityCount();
        portal.clearRequests();
        portal.faults().dropAfterNext("batch");

        ActivityRestorer.Report report = restore(backup, plans);

        assertThat(report.outcomes()).hasSize(3).allMatch(o -> o.status() == Status.UNKNOWN);
        assertThat(report.stoppedBy()).isNotNull();
        assertThat(portal.requests("batch")).as("the add is not repeated").hasSize(1);
        assertThat(portal.activityCount()).as("the portal ran it once: each came back exactly once")
                .isEqualTo(before + 3);
        ActivityRestorer.Report again = restore(backup, plans);
        assertThat(again.outcomes()).as("unknown in a later run too").allMatch(o -> o.status() == Status.UNKNOWN);
        assertThat(portal.requests("batch")).as("and not sent by it").hasSize(1);
        ROWS.add("Nothing lost, nothing doubled", "Restore from a backup whose batch of adds runs but whose answer is "
                + "lost", 1, "each record \"Unknown\": the answer was lost, check the portal before restoring it again",
                "", 0);
    }

    @Test
    void thePortalsOwnRefusalsAreReportedPerRecord() throws Exception {
        List<Long> ids = pick(2, type(1));
        Path backup = deleteWithBackup(ids);
        List<ObjectNode> records = BackupFile.read(backup).records();
        records.get(1).put("OWNER_TYPE_ID", "2").put("OWNER_ID", "999999"); // its deal is gone by now
        records.get(0).put("SUBJECT", " ");
        List<RestorePlan> plans = records.stream().map(RestorePlan::of).toList();

        ActivityRestorer.Report report = restore(backup, plans);

        assertThat(report.outcomes()).extracting(RestoreOutcome::status).containsExactly(Status.FAILED, Status.FAILED);
        assertThat(report.outcomes()).extracting(RestoreOutcome::description).containsExactly(
                "The field SUBJECT is not defined or empty.",
                "Could not find 'DEAL' with ID: 999999");
        portal.clearRequests();
        restore(backup, plans);
        assertThat(portal.requests("batch")).as("a refused record may be tried again").hasSize(1);
    }

    private ActivityRestorer.Report restore(Path backup, List<RestorePlan> plans) throws Exception {
        try (RestoreLog log = RestoreLog.of(backup)) {
            return service.restorer().restore(plans, log, () -> false, p -> { });
        }
    }

    private static JsonNode withoutIds(JsonNode communications) {
        JsonNode copy = communications.deepCopy();
        copy.forEach(c -> ((ObjectNode) c).remove("ID"));
        return copy;
    }
}
