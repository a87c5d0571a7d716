package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Notifications as the user meets them: inside the window whatever its size, at most three errors at a time,
 * information that goes by itself, a dialog's messages inside it above its buttons, and the Messages panel that
 * keeps and copies all of them.
 */
@ExtendWith(SandboxUi.class)
class NotificationsWindowTest {
    private static final List<String> CODES = List.of("FIRST_FAULT", "SECOND_FAULT", "THIRD_FAULT", "FOURTH_FAULT",
            "FIFTH_FAULT");
    private UiHarness ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    /** Error cards shown in {@code window}'s scene, oldest first, by their titles. */
    private static List<String> errorTitles(FxRobot robot, Stage window) {
        return robot.from(window.getScene().getRoot()).lookup(".error-notification").queryAll().stream()
                .map(card -> robot.from(card).lookup(".notification-title").queryAs(Label.class).getText())
                .toList();
    }

    private static void assertInside(FxRobot robot, Stage window) {
        double width = window.getScene().getWidth();
        double height = window.getScene().getHeight();
        for (Node card : robot.from(window.getScene().getRoot()).lookup(".notification-bar").queryAll()) {
            Bounds b = card.localToScene(card.getBoundsInLocal());
            assertThat(b.getMinX()).as("left edge in the window").isGreaterThanOrEqualTo(0);
            assertThat(b.getMinY()).as("top edge in the window").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as("right edge in a window %s wide", width).isLessThanOrEqualTo(width);
            assertThat(b.getMaxY()).as("bottom edge in a window %s high", height).isLessThanOrEqualTo(height);
        }
    }

    @Test
    void errorsStayInsideTheWindowAtMostThreeAndTheMessagesPanelKeepsAndCopiesAll(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        for (String code : CODES) {
            ui.portal.faults().failNext("crm.activity.badge.list", 400, code, "Refused: " + code);
            robot.clickOn("#badgeTable").type(KeyCode.F5);
            waitUntil(() -> popupShows(robot, code));
        }
        assertThat(errorTitles(robot, stage)).containsExactly("THIRD_FAULT", "FOURTH_FAULT", "FIFTH_FAULT");
        assertInside(robot, stage);
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        waitUntil(() -> stage.getScene().getWidth() <= 800);
        assertInside(robot, stage);

        assertThat(robot.lookup("#messagesCount").queryAs(Label.class).getText()).isEqualTo("5");
        robot.clickOn("#messagesButton");
        waitUntil(() -> robot.lookup("#messagesList").tryQuery().isPresent());
        assertThat(robot.lookup("#messagesList").queryAs(ListView.class).getItems()).hasSize(5);
        robot.clickOn("#copyAllMessagesButton");
        String copied = clipboard(robot);
        assertThat(copied).contains(CODES).contains("Refused: FIRST_FAULT")
                .contains(UiHarness.messages().get("error.general.advice"));

        robot.interact(() -> robot.lookup("#messagesList").queryAs(ListView.class).getSelectionModel().clearAndSelect(0));
        robot.clickOn("#copyMessageButton");
        assertThat(clipboard(robot)).contains("FIRST_FAULT").doesNotContain("SECOND_FAULT");
    }

    @Test
    void informationGoesByItselfAndAnErrorStaysUntilDismissed(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "vipClient"));
        ui.portal.faults().failNext("crm.activity.badge.list", 400, "KEPT_FAULT", "Stays");
        robot.clickOn("#badgeTable").type(KeyCode.F5);
        waitUntil(() -> popupShows(robot, "KEPT_FAULT"));
        robot.clickOn("vipClient");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> robot.lookup(".info-notification").tryQuery().isPresent());

        waitUntil(() -> robot.lookup(".info-notification").tryQuery().isEmpty());
        assertThat(popupShows(robot, "KEPT_FAULT")).as("the error outlives the information").isTrue();
        robot.clickOn(robot.lookup(".error-notification .notification-close").queryButton());
        waitUntil(() -> robot.lookup(".error-notification").tryQuery().isEmpty());
        assertThat(robot.lookup("#messagesCount").queryAs(Label.class).getText()).as("both kept in Messages")
                .isEqualTo("2");
    }

    @Test
    void aDialogsMessageShowsInsideItAboveItsButtonsAndTheFormNoteGoesWithItsCause(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("#addButton");
        UiHarness.fillTwoLanguages(robot, "missedCall", new String[] {"Again", "Again"},
                new String[] {"Снова", "Снова"});
        robot.clickOn("#saveButton");
        waitUntil(() -> popupShows(robot, "BX_INVALID_VALUE"));

        Node card = robot.lookup(".error-notification").query();
        Stage dialog = (Stage) card.getScene().getWindow();
        assertThat(dialog).as("shown in the dialog, not behind it").isNotSameAs(stage);
        Node buttons = robot.from(dialog.getScene().getRoot()).lookup(".dialog-buttons").query();
        Bounds cardBounds = card.localToScene(card.getBoundsInLocal());
        Bounds buttonBounds = buttons.localToScene(buttons.getBoundsInLocal());
        assertThat(cardBounds.getMaxY()).as("ends above the button bar").isLessThanOrEqualTo(buttonBounds.getMinY());
        assertInside(robot, dialog);

        Labeled note = robot.lookup("#statusLabel").queryAs(Labeled.class);
        assertThat(note.getText()).startsWith("The portal refused the badge");
        robot.clickOn("#codeField").write("2");
        waitUntil(() -> note.getText().isEmpty());
    }

    @Test
    void aFailedConnectionTestIsReadInFullInTheDialog(FxRobot robot) {
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#webhookRadio").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        robot.interact(() -> robot.lookup("#webhookField").queryAs(javafx.scene.control.TextField.class)
                .setText("https://no-such-portal.invalid/rest/1/abc123def/"));
        robot.clickOn("#testButton");
        Label result = robot.lookup("#testResultLabel").queryAs(Label.class);
        waitUntil(() -> !result.getText().isEmpty());
        // what the label draws: its text, unless it had to be cut with an ellipsis
        String drawn = robot.from(result).lookup(".text").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
        assertThat(drawn.replace("\n", " ")).as("drawn in full").isEqualTo(result.getText().replace("\n", " "));
        Node buttons = robot.lookup(".dialog-buttons").query();
        assertThat(result.localToScene(result.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(buttons.localToScene(buttons.getBoundsInLocal()).getMinY());
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
