package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.sets.PlanLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * While a plan is being applied (its batch held in the target portal), Import, Compare and Copy to another
 * portal from the main window leave the running plan where it is: the same steps, its progress, a notice that
 * says why; once the run has ended, a new comparison starts as usual.
 */
@ExtendWith(SandboxUi.class)
class ApplyRunningGuardWindowTest {
    private UiHarness ui;
    private final SandboxPortal production = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false));

    @Start
    void start(Stage stage) {
        ui.services.connections().remember(new ConnectionRequest(null, "Production",
                new WebhookDetails(production.webhookUrl(), null)));
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @AfterEach
    void stopProduction() {
        production.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> tableOf(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    /** The Compare badge sets window's own controls (the main window has a Cancel and a progress of its own). */
    private static org.testfx.service.query.NodeQuery inPanel(FxRobot robot, String id) {
        return robot.from(robot.lookup("#setsPanel").<Node>query()).lookup(id);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlanLine> stepsOf(FxRobot robot) {
        return (TableView<PlanLine>) inPanel(robot, "#stepsTable").queryAs(TableView.class);
    }

    private void fireMainMenu(FxRobot robot, String id) {
        robot.interact(() -> {
            robot.from(ui.window.stage().getScene().getRoot()).lookup((MenuButton b) -> true).queryAll().stream()
                    .flatMap(b -> ((MenuButton) b).getItems().stream()).filter(i -> id.equals(i.getId()))
                    .findFirst().map(i -> (MenuItem) i).orElseThrow().fire();
        });
    }

    private static boolean noticeSays(FxRobot robot, String text) {
        return robot.lookup(".info-notification").queryAll().stream()
                .flatMap(card -> robot.from(card).lookup((Labeled l) -> l.getText() != null
                        && l.getText().contains(text)).queryAll().stream())
                .findAny().isPresent();
    }

    @Test
    void aNewComparisonDuringAnApplyLeavesTheRunningPlanAndItsProgressInPlace(FxRobot robot) throws Exception {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("missedCall");
        robot.press(KeyCode.CONTROL).clickOn("vipClient").release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> inPanel(robot, "#applyButton").tryQuery().map(Node::isVisible).orElse(false)
                && !stepsOf(robot).getItems().isEmpty());
        CallHold hold = production.faults().holdNext("batch", false, Duration.ofSeconds(60));

        robot.clickOn(inPanel(robot, "#applyButton").queryButton());
        robot.clickOn("#confirmYes");
        assertThat(hold.awaitArrival(Duration.ofSeconds(30))).isTrue();
        waitUntil(() -> inPanel(robot, "#cancelButton").queryButton().isVisible());
        String progress = inPanel(robot, "#progressLabel").queryAs(Labeled.class).getText();
        assertThat(progress).isEqualTo("0 of 2 badges");

        // from the main window: a copy of one other badge, an import, a comparison
        robot.interact(() -> {
            TableView<?> main = robot.from(ui.window.stage().getScene().getRoot()).lookup("#badgeTable")
                    .queryAs(TableView.class);
            main.getSelectionModel().clearSelection();
            main.getSelectionModel().select(0);
        });
        fireMainMenu(robot, "copyItem");
        Path file = BadgeSetsWindowTest.editedExport(ui);
        robot.interact(() -> ui.window.importBadgeSet(file));
        fireMainMenu(robot, "compareItem");

        // until the window says why nothing happened, or (as before this guard) the copy's plan took the place
        waitUntil(() -> noticeSays(robot, "window is applying a plan") || !stepsOf(robot).getItems().stream()
                .map(PlanLine::code).sorted().toList().equals(java.util.List.of("missedCall", "vipClient"))
                || !progress.equals(inPanel(robot, "#progressLabel").queryAs(Labeled.class).getText()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepsOf(robot).getItems()).extracting(l -> ((PlanLine) l).code())
                .containsExactlyInAnyOrder("missedCall", "vipClient");
        assertThat(inPanel(robot, "#stepsTable").query().isVisible()).isTrue();
        assertThat(inPanel(robot, "#progressLabel").queryAs(Labeled.class).getText()).isEqualTo(progress);
        assertThat(inPanel(robot, "#progressBar").query().isVisible()).isTrue();
        assertThat(inPanel(robot, "#cancelButton").queryButton().isVisible()).isTrue();
        assertThat(noticeSays(robot, "window is applying a plan")).isTrue();
        assertThat(robot.lookup(".info-notification").queryAll()).as("one note for three tries, not three")
                .hasSize(1);

        hold.release();
        waitUntil(() -> inPanel(robot, "#compareAgainButton").queryButton().isVisible());
        assertThat(production.badges()).extracting(SandboxBadge::code)
                .containsExactlyInAnyOrder("missedCall", "vipClient");

        // the run is over: a comparison starts again
        ui.portal.clearRequests();
        robot.interact(() -> ui.window.importBadgeSet(file));
        waitUntil(() -> ui.portal.requests().stream().anyMatch(r -> r.method().equals("crm.activity.badge.list")));
    }
}
