package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.activities;
import static org.badgemanager.ui.ActivitiesWindowTest.report;
import static org.badgemanager.ui.ActivitiesWindowTest.text;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.bitrix.Json;
import org.badgemanager.testutil.Portals;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.activities.ActivityRow;
import org.badgemanager.ui.activities.BackupsViewModel;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Names in the Activities tab, the details pane with Copy as JSON, and a restore from the Backups window, driven
 * as an admin would: once in English, once in Russian without the user scope.
 */
@ExtendWith(ApplicationExtension.class)
class NamesRestoreWindowTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness();
        ui.show(stage);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    /** Demo activities of a kind this webhook may read (foreign ones left out). */
    private List<Long> demo(int count, Predicate<JsonNode> kind) {
        ActivityService reader = new ActivityService(Portals.webhookClient(ui.portal));
        List<Long> ids = new ArrayList<>();
        for (long id = 1; ids.size() < count; id++) {
            if (kind.test(ui.portal.activity(id).orElseThrow()) && !reader.backupRecords(List.of(id)).isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<Long> callsEmailAndTask() {
        List<Long> ids = new ArrayList<>(demo(3, a -> a.path("TYPE_ID").asInt() == 2));
        ids.addAll(demo(1, a -> a.path("TYPE_ID").asInt() == 4 && a.path("DIRECTION").asInt() == 2
                && a.path("COMPLETED").asText().equals("Y")));
        ids.addAll(demo(1, a -> a.path("TYPE_ID").asInt() == 3));
        return ids;
    }

    /** By id: preview the ids in the table, every row checked. */
    private void preview(FxRobot robot, Messages m, List<Long> ids) {
        robot.clickOn(m.get("activities.source.ids"));
        robot.clickOn("#idsArea").write(ids.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        robot.clickOn("#previewIdsButton");
        waitUntil(() -> activities(robot).getItems().size() == ids.size());
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupsViewModel.RecordRow> records(FxRobot robot) {
        return robot.lookup("#recordsTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupsViewModel.ReportLine> restoreReport(FxRobot robot) {
        return robot.lookup("#restoreReportTable").queryAs(TableView.class);
    }

    @Test
    void namesDetailsAndARestoreInEnglish(FxRobot robot) {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        List<Long> ids = callsEmailAndTask();
        robot.clickOn("Activities");
        preview(robot, en, ids);
        // names arrive after the rows: owners "Deal: …"/"Contact: …", people by name, ids in the tooltips
        waitUntil(() -> activities(robot).getItems().stream().noneMatch(r -> r.responsible().startsWith("User ")));
        assertThat(activities(robot).getItems()).allMatch(r -> r.owner().matches("(Lead|Deal|Contact|Company)(: | #).*"));
        assertThat(activities(robot).getItems()).extracting(ActivityRow::responsible)
                .allMatch(n -> List.of("Anna Petrova", "Ivan Sokolov", "Maria Kuznetsova", "Oleg Smirnov").contains(n));
        assertThat(ui.portal.requests("batch").stream().filter(r -> r.params().toString().contains("user.get")))
                .as("one lookup for the whole page").hasSize(1);

        ActivityRow first = activities(robot).getItems().get(0);
        robot.clickOn("#rowFilterField").write(first.responsible().split(" ")[1]);
        waitUntil(() -> activities(robot).getItems().stream().allMatch(r -> r.responsible().equals(first.responsible())));
        robot.doubleClickOn("#rowFilterField").eraseText(first.responsible().split(" ")[1].length());
        waitUntil(() -> activities(robot).getItems().size() == ids.size());

        robot.clickOn(first.subject());
        waitUntil(() -> robot.lookup("#detail_owner").tryQuery().isPresent());
        assertThat(text(robot, "#detail_id")).isEqualTo(String.valueOf(first.id()));
        assertThat(text(robot, "#detail_responsible")).isEqualTo(first.responsible() + " (#"
                + first.activity().responsibleId() + ")");
        assertThat(text(robot, "#detail_owner")).endsWith("(#" + first.activity().ownerId() + ")");
        assertThat(robot.lookup("#detail_owner").queryAs(Label.class).getTooltip().getText())
                .contains("OWNER_ID " + first.activity().ownerId());
        robot.clickOn("#copyJsonButton");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(Json.parse(copied[0])).isEqualTo(ui.portal.activity(first.id()).orElseThrow());

        waitUntil(() -> robot.lookup("#deleteCheckedButton").queryButton().getText().contains("(5)"));
        robot.clickOn("#deleteCheckedButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> report(robot).getItems().size() == ids.size());
        assertThat(ids).allMatch(id -> ui.portal.activity(id).isEmpty());

        robot.clickOn("#backupsButton");
        waitUntil(() -> robot.lookup("#filesTable").tryQuery().isPresent()
                && robot.lookup("#filesTable").queryTableView().getItems().size() == 1);
        robot.clickOn("Bulk delete of 5");
        waitUntil(() -> records(robot).getItems().size() == 5);
        assertThat(text(robot, "#notRestorableLabel")).contains("ID (a new one)", "AUTHOR_ID", "CREATED",
                "FILES on 1 record:", "1 outgoing e-mail comes back open", "1 record of this backup cannot be re-created");
        assertThat(records(robot).getItems()).extracting(r -> r.howProperty().get()).contains(
                "New Call", "New e-mail, left open (not sent again)", "Cannot: a task lives in the Tasks module");
        assertThat(robot.lookup("#restoreButton").queryButton().getText()).isEqualTo("Restore checked (4)…");
        robot.clickOn("#restoreButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> restoreReport(robot).getItems().size() == 5);

        assertThat(restoreReport(robot).getItems()).filteredOn(l -> l.outcome().equals("Restored")).hasSize(4)
                .allMatch(l -> !l.newId().isEmpty() && ui.portal.activity(Long.parseLong(l.newId())).isPresent()
                        && l.explanation().startsWith("Not as they were: ID, CREATED, LAST_UPDATED, AUTHOR_ID, EDITOR_ID, DEADLINE"));
        assertThat(restoreReport(robot).getItems()).filteredOn(l -> l.outcome().equals("Not restorable"))
                .singleElement().satisfies(l -> assertThat(l.explanation()).startsWith("A task (TYPE_ID 3)"));
        assertThat(text(robot, "#restoreSummaryLabel")).isEqualTo(
                "5 records: 4 restored, 1 not restorable, 0 refused, 0 unknown, 0 not attempted");
        assertThat(ui.portal.sentEmails()).as("nothing reached a customer").isEmpty();
        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).as("restored ones cannot be sent twice")
                .isTrue();
    }

    @Test
    void withoutTheUserScopeIdsStayAndOneNoticeSaysSoInRussian(FxRobot robot) {
        Messages ru = Messages.forLocale(Locale.forLanguageTag("ru"));
        ui.portal.setWebhookScopes("crm");
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("#languageMenu").clickOn("#russianItem");
        waitUntil(() -> robot.lookup(ru.get("app.tab.activities")).tryQuery().isPresent());
        List<Long> ids = callsEmailAndTask();
        robot.clickOn(ru.get("app.tab.activities"));
        preview(robot, ru, ids);
        waitUntil(() -> popupShows(robot, ru.get("names.noScope.user")));
        assertThat(activities(robot).getItems()).allMatch(r -> r.responsible().matches("Пользователь \\d+"));
        assertThat(activities(robot).getItems()).anyMatch(r -> r.owner().contains(": "));

        robot.clickOn(activities(robot).getItems().get(0).subject());
        waitUntil(() -> robot.lookup("#detail_owner").tryQuery().isPresent());
        assertThat(robot.lookup(ru.get("details.label.responsible")).tryQuery()).isPresent();
        assertThat(robot.lookup("#copyJsonButton").queryButton().getText()).isEqualTo("Копировать как JSON");

        waitUntil(() -> robot.lookup("#deleteCheckedButton").queryButton().getText().contains("(5)"));
        // the notice may still cover the action bar: the button is pressed as the keyboard would
        // (later, not inside interact: the confirmation it opens waits for an answer)
        javafx.application.Platform.runLater(() -> robot.lookup("#deleteCheckedButton").queryButton().fire());
        waitUntil(() -> robot.lookup("#confirmYes").tryQuery().isPresent());
        robot.clickOn("#confirmYes");
        waitUntil(() -> report(robot).getItems().size() == ids.size());
        javafx.application.Platform.runLater(() -> robot.lookup("#backupsButton").queryButton().fire());
        waitUntil(() -> robot.lookup("#filesTable").tryQuery().isPresent()
                && robot.lookup("#filesTable").queryTableView().getItems().size() == 1);
        robot.clickOn(ru.get("backups.run.bulk-delete", 5));
        waitUntil(() -> records(robot).getItems().size() == 5);
        assertThat(text(robot, "#notRestorableLabel")).contains("ID (новый)");
        robot.clickOn("#restoreButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> restoreReport(robot).getItems().size() == 5);
        assertThat(restoreReport(robot).getItems()).filteredOn(l -> l.outcome().equals("Восстановлено")).hasSize(4);
        assertThat(ui.portal.sentEmails()).isEmpty();
        assertThat(ui.portal.requests("batch").stream().filter(r -> r.params().toString().contains("user.get")))
                .as("user.get asked once, then never again without the scope").hasSize(1);
    }
}
