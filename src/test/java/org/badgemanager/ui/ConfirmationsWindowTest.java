package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.activities;
import static org.badgemanager.ui.ActivitiesWindowTest.openActivitiesTab;
import static org.badgemanager.ui.ActivitiesWindowTest.report;
import static org.badgemanager.ui.ActivitiesWindowTest.text;
import static org.badgemanager.ui.ActivitiesWindowTest.typeIds;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.activities.ReportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Deleting is never one stray key away, and the id box says plainly what it cannot read. */
@ExtendWith(SandboxUi.class)
class ConfirmationsWindowTest {
    private static final int DEAL = 2;
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    private static boolean confirmShowing(FxRobot robot) {
        return robot.lookup("#confirmDialog").tryQuery().isPresent();
    }

    @Test
    void enterInADeleteConfirmationCancels(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "vipClient"));
        robot.clickOn("vipClient");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> confirmShowing(robot));
        assertThat(robot.lookup("#confirmNo").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#confirmYes").queryButton().isDefaultButton()).isFalse();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> !confirmShowing(robot));
        assertThat(ui.portal.requests("crm.activity.badge.delete")).as("nothing was sent").isEmpty();
        assertThat(ui.portal.badge("vipClient")).isPresent();
    }

    @Test
    void moreThanAHundredIsConfirmedByTypingTheNumber(FxRobot robot) {
        List<Long> ids = ui.portal.addActivities(150, DEAL, 9301);
        int before = ui.portal.activityCount();
        openActivitiesTab(robot);
        typeIds(robot, ids);
        robot.clickOn("#deleteIdsButton");
        waitUntil(() -> confirmShowing(robot));
        Button delete = robot.lookup("#confirmYes").queryButton();
        assertThat(delete.isDisabled()).isTrue();
        robot.clickOn("#confirmCountField").write("15");
        assertThat(delete.isDisabled()).as("15 is not 150").isTrue();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !confirmShowing(robot));
        assertThat(ui.portal.requests("batch")).as("Enter cancelled").isEmpty();

        robot.clickOn("#deleteIdsButton");
        waitUntil(() -> confirmShowing(robot));
        robot.clickOn("#confirmCountField").write("150");
        assertThat(robot.lookup("#confirmYes").queryButton().isDisabled()).isFalse();
        robot.clickOn("#confirmYes");
        waitUntil(() -> report(robot).getItems().size() == 150);
        assertThat(ui.portal.activityCount()).isEqualTo(before - 150);
    }

    @Test
    void theIdBoxRefusesBackwardRangesAndDeleteWaitsUntilEverythingReads(FxRobot robot) {
        List<Long> ids = ui.portal.addActivities(7, DEAL, 9302);
        openActivitiesTab(robot);
        robot.clickOn("By id");
        TextInputControl box = robot.lookup("#idsArea").queryTextInputControl();
        robot.clickOn(box).write(ids.get(6) + "-" + ids.get(0));
        waitUntil(() -> text(robot, "#idsProblemsLabel").contains("runs backwards"));
        assertThat(text(robot, "#idsProblemsLabel")).isEqualTo("Not an id: \u201c" + ids.get(6) + "-" + ids.get(0)
                + "\u201d (line 1, runs backwards: write the smaller id first). Correct or remove it to delete.");
        assertThat(robot.lookup("#deleteIdsButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> box.setText(ids.get(0) + "-" + ids.get(6) + " x7"));
        waitUntil(() -> text(robot, "#idsSummaryLabel").equals("7 valid ids"));
        assertThat(robot.lookup("#deleteIdsButton").queryButton().isDisabled()).as("x7 is unread").isTrue();

        long missing = 999_999L; // no such activity: its outcome must not hide among the deleted ones
        robot.interact(() -> box.setText(ids.get(2) + "-" + ids.get(6) + " " + missing + " " + ids.get(0) + " "
                + ids.get(1)));
        waitUntil(() -> !robot.lookup("#deleteIdsButton").queryButton().isDisabled());
        robot.clickOn("#previewIdsButton");
        waitUntil(() -> activities(robot).getItems().size() == 7);
        robot.clickOn("#deleteIdsButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> activities(robot).getItems().isEmpty() && report(robot).getItems().size() == 8);
        Label placeholder = (Label) activities(robot).getPlaceholder();
        assertThat(placeholder.getText()).isEqualTo("All 7 were deleted.");
        assertThat(report(robot).getItems()).extracting(ReportRow::id).as("what needs a look first, then the deleted")
                .containsExactly(missing, ids.get(2), ids.get(3), ids.get(4), ids.get(5), ids.get(6), ids.get(0),
                        ids.get(1));
        assertThat(report(robot).getItems().get(0).outcome()).isEqualTo("Not found");
    }
}
