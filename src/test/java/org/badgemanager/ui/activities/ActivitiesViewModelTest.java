package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgemanager.bitrix.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Activities tab's search, selection, details, single delete and id box, against a sandbox portal. */
class ActivitiesViewModelTest {
    private static final int DEAL = 2;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<String> asked = new ArrayList<>();
    private boolean answer = true;
    private final DialogService dialogs = (title, header, content, preview) -> {
        asked.add(header + "\n" + content);
        return answer;
    };
    @TempDir Path home;
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

    private ActivitiesViewModel tab(TaskRunner tasks) {
        ActivityLabels labels = new ActivityLabels(messages);
        ActivitiesViewModel tab = new ActivitiesViewModel(tasks, notifier, dialogs, labels,
                new BulkDeleteViewModel(tasks, notifier, dialogs, labels, home, Clock.systemUTC(), System::nanoTime));
        tab.connect(service, "sandbox");
        return tab;
    }

    private JsonNode lastFilterSent() {
        var lists = portal.requests("crm.activity.list");
        return lists.get(lists.size() - 1).params().path("filter");
    }

    @Test
    void searchByOwnerPagesWithLoadMoreAndShowsTheTotal() {
        portal.addActivities(120, DEAL, 77);
        portal.addActivities(5, DEAL, 78);
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.form().chooseOwnerType(DEAL);
        tab.form().ownerIdProperty().set("77");
        tab.search();
        assertThat(tab.rows()).hasSize(50);
        assertThat(tab.foundText().get()).isEqualTo("Showing 50 of 120");
        assertThat(tab.hasMoreProperty().get()).isTrue();
        tab.loadMore();
        tab.loadMore();
        assertThat(tab.rows()).hasSize(120).allMatch(r -> r.owner().equals("Deal: Test deal 77")
                && r.ownerIds().equals("Deal #77 (OWNER_TYPE_ID 2, OWNER_ID 77)")
                && r.responsible().equals("Anna Petrova") && r.responsibleId().equals("User ID 1"));
        // names came in one batch for the first page; the next pages had no new ids to ask for
        assertThat(portal.requests("batch")).hasSize(1);
        assertThat(portal.requests("batch").get(0).params().path("cmd").toString())
                .contains("user.get").contains("crm.deal.list");
        assertThat(tab.hasMoreProperty().get()).isFalse();
        // the first page counts; "load more" goes on by id without a count (keyset: >ID of the last row)
        assertThat(portal.requests("crm.activity.list")).extracting(r -> r.params().path("start").asInt())
                .containsExactly(0, -1, -1);
        assertThat(portal.requests("crm.activity.list")).extracting(r -> r.params().path("filter").path(">ID").asLong())
                .containsExactly(0L, tab.rows().get(49).id(), tab.rows().get(99).id());
        assertThat(tab.rows().get(0).type()).isEqualTo("Task");
        assertThat(tab.rows().get(0).completed()).isEqualTo("No");
    }

    @Test
    void withoutTheUserScopeIdsStayAndTheUserIsToldOnceWhichScopeWouldAddNames() {
        portal.setWebhookScopes("crm");
        portal.addActivities(120, DEAL, 77);
        ManualTaskRunner tasks = new ManualTaskRunner();
        ActivitiesViewModel tab = tab(tasks);
        tab.search();
        tasks.runAll(); // the page, then the names asked for after it
        assertThat(tab.rows()).hasSize(50).allMatch(r -> r.responsible().equals("User 1")
                && r.owner().equals("Deal: Test deal 77"));
        tab.loadMore();
        tasks.runAll();
        tab.loadMore();
        tasks.runAll();
        tab.search();
        tasks.runAll();
        assertThat(notifier.infos).containsExactly("User names need the \u201cuser_brief\u201d (or \u201cuser\u201d) scope "
                + "on this webhook or app; until it has one, the table shows user ids.");
        assertThat(portal.requests("batch")).as("asked once; never again without the scope").hasSize(1);
        assertThat(tab.rows()).allMatch(r -> r.responsible().equals("User 1"));
    }

    @Test
    void rowsShowIdsFirstAndTheTableFilterFindsNamesAndIds() {
        portal.addActivities(3, DEAL, 4);
        portal.addActivities(2, 3, 29);
        portal.removeCrmItem(3, 29); // deleted since: the portal has no name for it
        ManualTaskRunner tasks = new ManualTaskRunner();
        ActivitiesViewModel tab = tab(tasks);
        tab.search();
        tasks.runNext();
        assertThat(tab.rows()).as("the page is shown before any name arrives").hasSize(5)
                .extracting(ActivityRow::owner).containsExactly("Deal #4", "Deal #4", "Deal #4", "Contact #29",
                        "Contact #29");
        tasks.runAll();
        assertThat(tab.rows()).extracting(ActivityRow::owner).containsExactly("Deal: Desk lamps for Umbrella",
                "Deal: Desk lamps for Umbrella", "Deal: Desk lamps for Umbrella",
                "Contact #29 (deleted or no access)", "Contact #29 (deleted or no access)");
        tab.rowFilterProperty().set("lamps");
        assertThat(tab.visibleRows()).hasSize(3);
        tab.rowFilterProperty().set("29");
        assertThat(tab.visibleRows()).hasSize(2);
        tab.rowFilterProperty().set("anna PETROVA");
        assertThat(tab.visibleRows()).hasSize(5);
        tab.rowFilterProperty().set("#1");
        assertThat(tab.visibleRows()).as("responsible id 1").hasSize(5);
        tab.rowFilterProperty().set("Sokolov");
        assertThat(tab.visibleRows()).isEmpty();
        tab.checkAll(true);
        assertThat(tab.checkedIds()).as("check all checks what the filter shows").isEmpty();
        tab.rowFilterProperty().set("");
        assertThat(tab.visibleRows()).hasSize(5);
    }

    @Test
    void everyFilterReachesTheWire() {
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        ActivitySearchForm form = tab.form();
        form.chooseOwnerType(3);
        form.ownerIdProperty().set(" 12 ");
        form.typeProperty().set(form.types().get(2));
        form.providerIdProperty().set("VOXIMPLANT_CALL");
        form.completedProperty().set(form.completedChoices().get(1));
        form.responsibleIdProperty().set("5");
        form.createdFromProperty().set(LocalDate.of(2026, 3, 1));
        form.createdToProperty().set(LocalDate.of(2026, 3, 31));
        tab.search();
        assertThat(lastFilterSent().toString()).isEqualTo("{\"OWNER_TYPE_ID\":3,\"OWNER_ID\":12,\"TYPE_ID\":2,"
                + "\"PROVIDER_ID\":\"VOXIMPLANT_CALL\",\"COMPLETED\":\"N\",\"RESPONSIBLE_ID\":5,"
                + "\">=CREATED\":\"2026-03-01T00:00:00\",\"<=CREATED\":\"2026-03-31T23:59:59\"}");
        assertThat(tab.tableMessageProperty().get()).isEqualTo("No activity matches these filters.");
    }

    @Test
    void aFilterThePortalCannotTakeIsNotSent() {
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.form().ownerIdProperty().set("12a");
        assertThat(tab.form().problem().get()).isEqualTo("The owner id must be a whole number above 0.");
        tab.search();
        assertThat(portal.requests("crm.activity.list")).isEmpty();
        tab.form().ownerIdProperty().set("");
        tab.form().createdFromProperty().set(LocalDate.of(2026, 5, 2));
        tab.form().createdToProperty().set(LocalDate.of(2026, 5, 1));
        assertThat(tab.form().problem().get()).isEqualTo("The start date is after the end date.");
    }

    @Test
    void selectingARowShowsItsFullRecordFromCrmActivityGet() {
        List<Long> ids = portal.addActivities(2, DEAL, 77);
        ManualTaskRunner tasks = new ManualTaskRunner();
        ActivitiesViewModel tab = tab(tasks);
        tab.search();
        tasks.runAll();
        tab.selectedProperty().set(tab.rows().get(1));
        assertThat(tab.details().textProperty().get()).isEqualTo("Loading activity " + ids.get(1) + "…");
        tasks.runAll();
        assertThat(portal.requests("crm.activity.get")).hasSize(1);
        assertThat(tab.details().textProperty().get()).isEmpty();
        tasks.runAll(); // the names of owner, responsible and author, asked for off the FX thread
        assertThat(tab.details().fields()).extracting(f -> f.label() + ": " + f.value()).contains(
                "ID: " + ids.get(1), "Subject: Sandbox task 2", "Type: Task",
                "Owner: Deal: Test deal 77 (#77)", "Responsible: Anna Petrova (#1)", "Author: Anna Petrova (#1)",
                "Completed: No", "Description: Added by a test");
        assertThat(tab.details().fields()).filteredOn(f -> f.key().equals("owner")).extracting(ActivityDetails.Field::tip)
                .containsExactly("Deal #77 (OWNER_TYPE_ID 2, OWNER_ID 77)");
        assertThat(Json.parse(tab.details().rawJsonProperty().get()))
                .isEqualTo(portal.activity(ids.get(1)).orElseThrow());
    }

    @Test
    void theDetailsShowTheBadgeAnAppActivityCarries() {
        List<Long> ids = portal.addActivities(1, DEAL, 77);
        portal.putBadge(org.badgemanager.sandbox.SandboxBadge.of("urgent", "Urgent", "Urgent", "failure"));
        portal.bindBadge(ids.get(0), "urgent");
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.search();
        tab.selectedProperty().set(tab.rows().get(0));
        assertThat(tab.details().fields()).filteredOn(f -> f.key().equals("badge"))
                .extracting(f -> f.label() + ": " + f.value() + " / " + f.tip())
                .containsExactly("Badge: urgent / PROVIDER_PARAMS.badgeCode");
    }

    @Test
    void checkAllCountsAndBulkDeleteRemovesTheDeletedRows() {
        List<Long> ids = portal.addActivities(60, DEAL, 77);
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.search();
        tab.loadMore();
        tab.checkAll(true);
        assertThat(tab.checkedCountProperty().get()).isEqualTo(60);
        tab.rows().get(0).checkedProperty().set(false);
        assertThat(tab.checkedCountProperty().get()).isEqualTo(59);
        assertThat(tab.deleteChecked()).isTrue();
        assertThat(asked.get(0)).startsWith("Delete 59 activities?");
        assertThat(portal.activityCount()).isEqualTo(1);
        assertThat(portal.activity(ids.get(0))).isPresent();
        assertThat(tab.rows()).extracting(ActivityRow::id).containsExactly(ids.get(0));
        assertThat(tab.checkedCountProperty().get()).isZero();
        assertThat(tab.totalProperty().get()).isEqualTo(1);
    }

    @Test
    void aSingleDeleteAsksFirstAndExplainsAnAppCreatedActivity() {
        List<Long> ids = portal.addActivities(3, DEAL, 77);
        portal.setActivityAccess(ids.get(2), ActivityAccess.APP_CREATED);
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.search();

        answer = false;
        tab.deleteOne(tab.rows().get(0));
        assertThat(portal.requests("crm.activity.delete")).isEmpty();

        answer = true;
        tab.deleteOne(tab.rows().get(0));
        assertThat(asked.get(1)).startsWith("Delete activity " + ids.get(0) + "?");
        assertThat(portal.activity(ids.get(0))).isEmpty();
        assertThat(tab.rows()).extracting(ActivityRow::id).containsExactly(ids.get(1), ids.get(2));
        assertThat(notifier.infos).containsExactly("Activity " + ids.get(0) + " deleted.");

        tab.deleteOne(tab.rows().get(1));
        assertThat(portal.activity(ids.get(2))).isPresent();
        assertThat(notifier.errors).hasSize(1);
        assertThat(notifier.errors.get(0).code()).isEqualTo("(no code)");
        assertThat(notifier.errors.get(0).description()).isEqualTo("Application context required.");
        assertThat(notifier.errors.get(0).advice()).contains("OAuth credentials");
        assertThat(tab.rows()).hasSize(2);
    }

    @Test
    void typedIdsArePreviewedCheckedAndDeletedWithAWarningForWideRanges() {
        List<Long> ids = portal.addActivities(5, DEAL, 77);
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.ids().textProperty().set(ids.get(0) + "-" + ids.get(2) + ", junk\n" + ids.get(4) + " 9000");
        assertThat(tab.ids().summary().get()).isEqualTo("5 valid ids");
        assertThat(tab.ids().problems().get()).isEqualTo("Not an id: “junk” (line 1). Correct or remove it to delete.");
        assertThat(tab.deleteTypedIds()).as("nothing is deleted while part of the input is unread").isFalse();
        assertThat(asked).isEmpty();
        tab.previewIds();
        assertThat(tab.rows()).extracting(ActivityRow::id).containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(4));
        assertThat(tab.checkedCountProperty().get()).isEqualTo(4);
        assertThat(notifier.infos).containsExactly("1 of 5 ids were not found or cannot be read; they are not in the table.");

        tab.ids().textProperty().set(ids.get(0) + "-" + (ids.get(0) + 1500));
        assertThat(tab.ids().summary().get()).isEqualTo("1,501 valid ids · 1 wide range (you will be asked to confirm)");
        answer = false;
        assertThat(tab.deleteTypedIds()).isFalse();
        assertThat(asked.get(asked.size() - 1)).startsWith("Delete 1,501 activities?\nCheck the ranges: "
                + ids.get(0) + "–" + (ids.get(0) + 1500) + " (1,501 ids).");
        assertThat(portal.activityCount()).isEqualTo(5);
    }

    @Test
    void anOversizedPasteIsRefusedWithAMessage() {
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        assertThat(tab.ids().acceptsLength(10_000_000)).isFalse();
        assertThat(tab.ids().summary().get()).isEqualTo(
                "The text is too long (10,000,000 characters, at most 200,000). Use ranges (100-900) or a search instead.");
        assertThat(tab.ids().textProperty().get()).isEmpty();
        tab.ids().textProperty().set("5");
        assertThat(tab.ids().summary().get()).isEqualTo("1 valid id");
    }

    @Test
    void aFailedSearchShowsTheCodeAndSaysSoInTheTable() {
        portal.faults().failNext("crm.activity.list", 401, "NO_AUTH_FOUND", "Wrong authorization data");
        ActivitiesViewModel tab = tab(new SyncTaskRunner());
        tab.search();
        assertThat(notifier.errorCodes()).containsExactly("NO_AUTH_FOUND");
        assertThat(tab.tableMessageProperty().get()).isEqualTo("The activities could not be loaded. Press Search to try again.");
    }
}
