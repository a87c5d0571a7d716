package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.activities.ActivityRow;
import org.badgemanager.ui.activities.ReportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Activities tab driven like an admin would, against a fresh sandbox portal per test. */
@ExtendWith(SandboxUi.class)
class ActivitiesWindowTest {
    private static final int DEAL = 2;
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @SuppressWarnings("unchecked")
    static TableView<ActivityRow> activities(FxRobot robot) {
        return robot.lookup("#activityTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ReportRow> report(FxRobot robot) {
        return robot.lookup("#reportTable").queryAs(TableView.class);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static void openActivitiesTab(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("Activities");
    }

    /** Types the ids as one range into the By id box. */
    static void typeIds(FxRobot robot, List<Long> ids) {
        robot.clickOn("By id");
        robot.clickOn("#idsArea").write(ids.get(0) + "-" + ids.get(ids.size() - 1));
        waitUntil(() -> text(robot, "#idsSummaryLabel").equals(ids.size() + " valid ids"));
    }

    @Test
    void searchByOwnerCheckAllAndDeleteWithBackup(FxRobot robot) throws IOException {
        List<Long> ids = ui.portal.addActivities(120, DEAL, 9001);
        List<ObjectNode> before = ids.stream().map(id -> ui.portal.activity(id).orElseThrow()).toList();
        int others = ui.portal.activityCount() - 120;
        openActivitiesTab(robot);
        robot.clickOn("#ownerTypeBox").clickOn("Deal");
        robot.clickOn("#ownerIdField").write("9001");
        robot.clickOn("#searchButton");
        waitUntil(() -> activities(robot).getItems().size() == 50);
        assertThat(text(robot, "#foundLabel")).isEqualTo("Showing 50 of 120");
        robot.clickOn("#loadMoreButton");
        waitUntil(() -> activities(robot).getItems().size() == 100);
        robot.clickOn("#loadMoreButton");
        waitUntil(() -> activities(robot).getItems().size() == 120);
        assertThat(robot.lookup("#loadMoreButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#checkAllBox");
        assertThat(robot.lookup("#deleteCheckedButton").queryAs(Button.class).getText())
                .isEqualTo("Delete checked (120)…");
        ui.portal.faults().latency(Duration.ofMillis(150)); // slow enough to see the progress
        robot.clickOn("#deleteCheckedButton");
        robot.clickOn("#confirmCountField").write("120"); // more than 100: confirmed by typing the number
        robot.clickOn("#confirmYes");
        waitUntil(() -> robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()
                && text(robot, "#progressLabel").matches("Deleting \\d+ / 120.*"));
        waitUntil(() -> report(robot).getItems().size() == 120);

        assertThat(ids).allMatch(id -> ui.portal.activity(id).isEmpty());
        assertThat(ui.portal.activityCount()).isEqualTo(others);
        assertThat(report(robot).getItems()).extracting(ReportRow::id).containsExactlyElementsOf(ids);
        assertThat(report(robot).getItems()).allMatch(r -> r.outcome().equals("Deleted"));
        assertThat(text(robot, "#reportSummaryLabel")).isEqualTo("120 activities: 120 deleted");
        assertThat(text(robot, "#progressLabel")).matches("Done: 120 of 120 deleted in \\d+ s\\.");
        assertThat(activities(robot).getItems()).isEmpty();

        Label shown = robot.lookup("#backupFileLabel").queryAs(Label.class);
        Path backup = Path.of(shown.getTooltip().getText());
        assertThat(shown.getText()).isEqualTo("Backup written: " + backup.getFileName());
        JsonNode saved = Json.parse(Files.readString(backup));
        List<JsonNode> records = new ArrayList<>();
        // the full record plus what crm.activity.get leaves out and a restore needs
        saved.path("activities").forEach(r -> records.add(((ObjectNode) r.deepCopy()).without(List.of("COMMUNICATIONS",
                "FILES"))));
        assertThat(records).containsExactlyElementsOf(before);
        assertThat(saved.path("activities")).allMatch(r -> r.has("COMMUNICATIONS") && r.has("FILES"));
        assertThat(backup.getParent().getFileName().toString()).isEqualTo("backups");
    }

    @Test
    void cancelHalfWayLeavesTheRestIntactAndTheReportSaysCancelled(FxRobot robot) {
        List<Long> ids = ui.portal.addActivities(300, DEAL, 9002);
        openActivitiesTab(robot);
        typeIds(robot, ids);
        ui.portal.faults().latency(Duration.ofMillis(300));
        robot.clickOn("#deleteIdsButton");
        robot.clickOn("#confirmCountField").write("300");
        robot.clickOn("#confirmYes");
        waitUntil(() -> text(robot, "#progressLabel").startsWith("Deleting 50 / 300"));
        // the next batch waits in the portal while Cancel is pressed: on a loaded machine the click could otherwise
        // land after several more batches
        org.badgemanager.sandbox.CallHold held = ui.portal.faults().holdNext("batch", false, Duration.ofSeconds(20));
        waitUntil(held::hasArrived);
        robot.clickOn("#cancelButton");
        held.release();
        waitUntil(() -> report(robot).getItems().size() == 300);

        List<Long> deleted = report(robot).getItems().stream().filter(r -> r.status() == Status.DELETED)
                .map(ReportRow::id).toList();
        List<Long> untouched = report(robot).getItems().stream().filter(r -> r.status() == Status.NOT_ATTEMPTED)
                .map(ReportRow::id).toList();
        assertThat(deleted.size()).as("the batch in flight finishes, then nothing more").isBetween(50, 150);
        assertThat(deleted.size() + untouched.size()).isEqualTo(300);
        assertThat(deleted).allMatch(id -> ui.portal.activity(id).isEmpty());
        assertThat(untouched).allMatch(id -> ui.portal.activity(id).isPresent());
        assertThat(text(robot, "#reportStateLabel")).startsWith("Cancelled by you: " + untouched.size()
                + " were not attempted and are untouched.");
        assertThat(robot.lookup("#retryButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theDeleteKeyDeletesTheSelectedRowAfterConfirmation(FxRobot robot) {
        List<Long> ids = ui.portal.addActivities(2, DEAL, 9003);
        openActivitiesTab(robot);
        robot.clickOn("#ownerIdField").write("9003").type(KeyCode.ENTER);
        waitUntil(() -> activities(robot).getItems().size() == 2);
        robot.clickOn("Sandbox task 1");
        waitUntil(() -> robot.lookup("#detail_id").tryQuery().isPresent()
                && text(robot, "#detail_id").equals(String.valueOf(ids.get(0))));
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> ui.portal.activity(ids.get(0)).isEmpty() && activities(robot).getItems().size() == 1);
        assertThat(ui.portal.activity(ids.get(1))).isPresent();
    }

    @Test
    void anOversizedPasteIsRefusedWithoutFreezing(FxRobot robot) {
        openActivitiesTab(robot);
        robot.clickOn("By id");
        String tenMegabytes = "123456789\n".repeat(1_000_000);
        robot.interact(() -> robot.lookup("#idsArea").queryTextInputControl().replaceSelection(tenMegabytes));
        assertThat(robot.lookup("#idsArea").queryTextInputControl().getText()).isEmpty();
        assertThat(text(robot, "#idsSummaryLabel")).startsWith("The text is too long (10,000,000 characters");
        assertThat(robot.lookup("#deleteIdsButton").queryButton().isDisabled()).isTrue();
    }
}
