package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Quitting the real window while an edit is between its delete and its add: the window says it is finishing the
 * change and stays until the portal has answered, then closes, and the portal holds the new badge.
 */
@ExtendWith(SandboxUi.class)
class QuitDuringEditWindowTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(QuitDuringEditWindowTest.class);
    private UiHarness ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // a webhook to the sandbox, not the built-in one: this portal gets the journal on disk, as a real one does
        ui.show(stage).connectDirectly(ConnectionRequest.webhook(ui.portal.webhookUrl()));
    }

    @AfterEach
    void stop() {
        ui.portal.faults().clear();
    }

    @Test
    void closingTheWindowDuringAnEditFinishesTheEditFirst(FxRobot robot) throws Exception {
        waitUntil(() -> tableHas(robot, "paymentOverdue"));
        CallHold add = ui.portal.faults().holdNext("crm.activity.badge.add", false, Duration.ofSeconds(10));
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(r -> r.code().equals("paymentOverdue")).findFirst().orElseThrow()));
        robot.clickOn("#editButton");
        robot.interact(() -> robot.lookup("#typePicker").queryAs(ComboBox.class).setValue(BadgeType.SUCCESS));
        robot.clickOn("#saveButton");
        assertThat(add.awaitArrival(Duration.ofSeconds(10))).as("the add is out, the old badge deleted").isTrue();
        assertThat(ui.portal.badge("paymentOverdue")).isEmpty();

        // what the window manager's close button sends
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        Label finishing = robot.lookup("#finishingLabel").queryAs(Label.class);
        assertThat(finishing.isVisible()).isTrue();
        assertThat(finishing.getText()).startsWith("Finishing a change…");
        assertThat(stage.isShowing()).as("the window waits for the change").isTrue();

        add.release(); // the portal answers
        waitUntil(() -> !stage.isShowing());
        assertThat(ui.portal.badges()).filteredOn(b -> b.code().equals("paymentOverdue")).hasSize(1);
        assertThat(ui.portal.badge("paymentOverdue").orElseThrow().type()).isEqualTo("success");
        assertThat(ui.services.connections().safetyNets().portalsWithPendingEdits()).as("journal settled").isEmpty();
        ROWS.add("Process killed or quit", "Window closed during an edit (old deleted, add held by the portal); the "
                + "window stays until the add is answered, then closes: the portal holds only the new badge", 1,
                finishing.getText(), "none needed", 0);
    }
}
