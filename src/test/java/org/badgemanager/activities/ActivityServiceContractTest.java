package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ActivityService against the sandbox: reading, paging, single and bulk delete with per-id outcomes. */
class ActivityServiceContractTest {
    private static final int DEAL = 2;
    private SandboxPortal portal;
    private ActivityService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        service = new ActivityService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void getReturnsTheFullRecord() {
        long id = portal.addActivities(1, DEAL, 5).get(0);
        var record = service.get(id);
        assertThat(record.path("ID").asText()).isEqualTo(String.valueOf(id));
        assertThat(record.path("OWNER_TYPE_ID").asText()).isEqualTo("2");
        assertThat(record).isEqualTo(portal.activity(id).orElseThrow());
    }

    @Test
    void listPagesByFiftyWithTotalAndNext() {
        portal.addActivities(120, DEAL, 77);
        portal.addActivities(10, DEAL, 78);
        ActivityPage first = service.list(ActivityFilter.byOwner(DEAL, 77), 0);
        assertThat(first.items()).hasSize(50);
        assertThat(first.total()).isEqualTo(120);
        assertThat(first.next()).isEqualTo(50);
        ActivityPage last = service.list(ActivityFilter.byOwner(DEAL, 77), 100);
        assertThat(last.items()).hasSize(20);
        assertThat(last.hasMore()).isFalse();
        assertThat(last.items()).allMatch(a -> a.ownerId() == 77 && a.ownerTypeId() == DEAL);
    }

    @Test
    void singleDeleteErrorsCarryAnEmptyCodeAndAreMappedByDescription() {
        List<Long> ids = portal.addActivities(3, DEAL, 5);
        portal.setActivityAccess(ids.get(1), ActivityAccess.FOREIGN);
        portal.setActivityAccess(ids.get(2), ActivityAccess.APP_CREATED);
        service.delete(ids.get(0));
        assertThat(portal.activity(ids.get(0))).isEmpty();

        BitrixException missing = catchThrowableOfType(BitrixException.class, () -> service.delete(ids.get(0)));
        assertThat(missing.code()).isEmpty();
        assertThat(DeleteOutcome.failed(ids.get(0), missing).status()).isEqualTo(DeleteOutcome.Status.NOT_FOUND);
        BitrixException foreign = catchThrowableOfType(BitrixException.class, () -> service.delete(ids.get(1)));
        assertThat(DeleteOutcome.failed(ids.get(1), foreign).status()).isEqualTo(DeleteOutcome.Status.ACCESS_DENIED);
        BitrixException app = catchThrowableOfType(BitrixException.class, () -> service.delete(ids.get(2)));
        assertThat(DeleteOutcome.failed(ids.get(2), app).status())
                .isEqualTo(DeleteOutcome.Status.APP_CONTEXT_REQUIRED);
    }

    @Test
    void deleting120ActivitiesTakesThreeBatchCallsAndAccountsForEveryId() {
        List<Long> ids = new ArrayList<>(portal.addActivities(120, DEAL, 9));
        long notChosen = ids.get(119);
        portal.setActivityAccess(ids.get(10), ActivityAccess.FOREIGN);
        portal.setActivityAccess(ids.get(60), ActivityAccess.APP_CREATED);
        long missing = 999_999;
        ids.set(119, missing);
        List<BulkProgress> progress = new ArrayList<>();

        BulkDeleteReport report = service.deleteMany(ids, () -> false, progress::add);

        assertThat(portal.requests("batch")).hasSize(3);
        assertThat(report.batchCalls()).isEqualTo(3);
        assertThat(report.outcomes()).extracting(DeleteOutcome::id).containsExactlyElementsOf(ids);
        assertThat(report.count(DeleteOutcome.Status.DELETED)).isEqualTo(117);
        assertThat(report.idsWith(DeleteOutcome.Status.ACCESS_DENIED)).containsExactly(ids.get(10));
        assertThat(report.idsWith(DeleteOutcome.Status.APP_CONTEXT_REQUIRED)).containsExactly(ids.get(60));
        assertThat(report.idsWith(DeleteOutcome.Status.NOT_FOUND)).containsExactly(missing);
        assertThat(progress).extracting(BulkProgress::done).containsExactly(50, 100, 120);
        assertThat(portal.activity(ids.get(10))).isPresent();
        assertThat(portal.activity(ids.get(60))).isPresent();
        assertThat(portal.activity(notChosen)).as("an id that was not chosen is never deleted").isPresent();
        assertThat(portal.activityCount()).isEqualTo(3);
    }

    @Test
    void cancellingStopsAfterTheBatchInFlightAndLeavesTheRestIntact() {
        List<Long> ids = portal.addActivities(150, DEAL, 9);
        AtomicInteger batches = new AtomicInteger();
        BulkDeleteReport report = service.deleteMany(ids, () -> batches.get() >= 1, p -> batches.incrementAndGet());
        assertThat(report.cancelled()).isTrue();
        assertThat(report.count(DeleteOutcome.Status.DELETED)).isEqualTo(50);
        assertThat(report.count(DeleteOutcome.Status.NOT_ATTEMPTED)).isEqualTo(100);
        assertThat(report.outcomes()).hasSize(150);
        assertThat(portal.activityCount()).isEqualTo(100);
    }

    @Test
    void anErrorThatFailsAWholeBatchEndsTheRunAndKeepsTheReport() {
        List<Long> ids = portal.addActivities(100, DEAL, 9);
        portal.faults().failAlways("batch", 401, "NO_AUTH_FOUND", "Wrong authorization data");
        BulkDeleteReport report = service.deleteMany(ids, () -> false, p -> { });
        assertThat(report.stoppedBy().code()).isEqualTo("NO_AUTH_FOUND");
        assertThat(report.count(DeleteOutcome.Status.NOT_ATTEMPTED)).isEqualTo(100);
        assertThat(portal.activityCount()).isEqualTo(100);
    }

    @Test
    void aBatchWhoseAnswerIsLostIsReportedAsUnknownNeverAsUntouched() {
        List<Long> ids = portal.addActivities(80, DEAL, 9);
        portal.faults().dropAfterNext("batch");
        BulkDeleteReport report = service.deleteMany(ids, () -> false, p -> { });
        assertThat(report.stoppedBy().code()).isEqualTo(BitrixException.NO_ANSWER);
        assertThat(report.idsWith(DeleteOutcome.Status.UNKNOWN)).containsExactlyElementsOf(ids.subList(0, 50));
        assertThat(report.idsWith(DeleteOutcome.Status.NOT_ATTEMPTED)).containsExactlyElementsOf(ids.subList(50, 80));
        assertThat(portal.requests("batch")).hasSize(1);
        assertThat(portal.activityCount()).as("the lost batch did run on the portal").isEqualTo(30);
    }

    @Test
    void getManyFetchesFullRecordsForABackup() {
        List<Long> ids = portal.addActivities(70, DEAL, 9);
        var records = service.getMany(ids, () -> false);
        assertThat(records).hasSize(70);
        assertThat(records.get(ids.get(69))).isEqualTo(portal.activity(ids.get(69)).orElseThrow());
        assertThat(portal.requests("batch")).hasSize(2);
    }
}
