package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the activity calls put on the wire, and how odd answers are read. */
class ActivityWireTest {
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
    void aListAsksForEverythingInIdOrderFromTheGivenOffset() {
        portal.addActivities(3, DEAL, 4);

        service.list(new ActivityFilter(DEAL, 4L, 2, "VOXIMPLANT_CALL", false, 1L, "2026-01-01", "2026-12-31"), 50);

        var params = portal.requests("crm.activity.list").get(0).params();
        assertThat(params.path("order").toString()).isEqualTo("{\"ID\":\"ASC\"}");
        assertThat(params.path("select").toString()).isEqualTo("[\"*\"]");
        assertThat(params.path("start").asInt()).isEqualTo(50);
        assertThat(params.path("filter").path("OWNER_TYPE_ID").asInt()).isEqualTo(DEAL);
        assertThat(params.path("filter").path("COMPLETED").asText()).isEqualTo("N");
        assertThat(params.path("filter").path(">=CREATED").asText()).isEqualTo("2026-01-01");
    }

    @Test
    void aFilterSendsOnlyWhatWasChosen() {
        assertThat(ActivityFilter.any().toJson().size()).isZero();
        assertThat(new ActivityFilter(null, null, null, " ", null, null, "", " ").toJson().size()).isZero();
        assertThat(new ActivityFilter(1, 2L, 3, "CRM_EMAIL", true, 5L, "2026-01-01T00:00:00", "2026-02-01")
                .toJson().toString()).isEqualTo("{\"OWNER_TYPE_ID\":1,\"OWNER_ID\":2,\"TYPE_ID\":3,"
                + "\"PROVIDER_ID\":\"CRM_EMAIL\",\"COMPLETED\":\"Y\",\"RESPONSIBLE_ID\":5,"
                + "\">=CREATED\":\"2026-01-01T00:00:00\",\"<=CREATED\":\"2026-02-01\"}");
    }

    @Test
    void aListWithoutATotalCountsWhatCame() {
        portal.faults().answerNext("crm.activity.list", 200, "application/json",
                "{\"result\":[{\"ID\":\"5\",\"SUBJECT\":\"Call\",\"TYPE_ID\":\"2\",\"PROVIDER_ID\":\"VOXIMPLANT_CALL\","
                        + "\"OWNER_TYPE_ID\":\"2\",\"OWNER_ID\":\"9\",\"RESPONSIBLE_ID\":\"1\","
                        + "\"CREATED\":\"2026-01-02T10:00:00+03:00\",\"COMPLETED\":\"Y\"},{\"ID\":\"6\"}]}");

        ActivityPage page = service.list(ActivityFilter.any(), 0);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.items().get(0)).isEqualTo(new Activity(5, "Call", 2, "VOXIMPLANT_CALL", 2, 9, 1,
                "2026-01-02T10:00:00+03:00", true));
        assertThat(page.items().get(1)).isEqualTo(new Activity(6, "", 0, "", 0, 0, 0, "", false));
    }

    @Test
    void anActivityThatComesBackAsNoRecordIsAnUnexpectedAnswer() {
        portal.faults().answerNext("crm.activity.get", 200, "application/json", "{\"result\":false}");

        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.get(5));

        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.description()).contains("Activity 5");
        assertThat(portal.requests("crm.activity.get").get(0).params().path("id").asLong()).isEqualTo(5);
    }

    @Test
    void aCancelledBackupReadSendsNothing() {
        List<Long> ids = portal.addActivities(3, DEAL, 4);

        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.getMany(ids, () -> true));

        assertThat(e.code()).isEqualTo(BitrixException.CANCELLED);
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void idsPastedTwiceAreDeletedOnceAndCommandsAreNamedById() {
        List<Long> ids = portal.addActivities(2, DEAL, 4);

        BulkDeleteReport report = service.deleteMany(List.of(ids.get(0), ids.get(1), ids.get(0)), () -> false, p -> { });

        assertThat(report.outcomes()).extracting(DeleteOutcome::id).containsExactly(ids.get(0), ids.get(1));
        var cmd = portal.requests("batch").get(0).params().path("cmd");
        assertThat(cmd.path("a" + ids.get(0)).asText()).isEqualTo("crm.activity.delete?id=" + ids.get(0));
        assertThat(cmd.size()).isEqualTo(2);
    }

    @Test
    void aCommandThePortalNeverRanIsNotAttempted() {
        List<Long> ids = portal.addActivities(2, DEAL, 4);
        portal.faults().answerNext("batch", 200, "application/json",
                "{\"result\":{\"result\":{\"a" + ids.get(0) + "\":true},\"result_error\":[]}}");

        BulkDeleteReport report = service.deleteMany(ids, () -> false, p -> { });

        assertThat(report.idsWith(Status.DELETED)).containsExactly(ids.get(0));
        assertThat(report.idsWith(Status.NOT_ATTEMPTED)).containsExactly(ids.get(1));
        assertThat(report.outcomes().get(1).description()).isEqualTo("The portal did not run this command.");
    }

    @Test
    void aProxyPageInsteadOfTheBatchAnswerMakesItsIdsUnknownAndStopsTheRun() {
        List<Long> ids = portal.addActivities(60, DEAL, 4);
        portal.faults().answerNext("batch", 502, "text/html", "<html>Bad gateway</html>");

        BulkDeleteReport report = service.deleteMany(ids, () -> false, p -> { });

        assertThat(report.count(Status.UNKNOWN)).isEqualTo(50);
        assertThat(report.count(Status.NOT_ATTEMPTED)).isEqualTo(10);
        assertThat(report.outcomes().get(59).description()).isEqualTo("The run stopped before this batch.");
        assertThat(report.stoppedBy().code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(report.cancelled()).isFalse();
        assertThat(report.batchCalls()).isEqualTo(1);
        assertThat(report.count(Status.DELETED)).isZero();
    }

    @Test
    void aCancelBeforeTheFirstBatchNamesItInEveryOutcome() {
        List<Long> ids = portal.addActivities(2, DEAL, 4);

        BulkDeleteReport report = service.deleteMany(ids, () -> true, p -> { });

        assertThat(report.cancelled()).isTrue();
        assertThat(report.stoppedBy()).isNull();
        assertThat(report.batchCalls()).isZero();
        assertThat(report.outcomes()).allMatch(o -> o.description().equals("Cancelled before this batch."));
        assertThat(report.counts()).containsOnlyKeys(Status.NOT_ATTEMPTED);
    }
}
