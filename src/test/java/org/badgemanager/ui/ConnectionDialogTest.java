package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The connection dialog: sandbox by default, webhook validation before any call, secrets kept apart. */
@ExtendWith(SandboxUi.class)
class ConnectionDialogTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).openConnectionDialog();
    }

    @Test
    void aNewcomerConnectsToTheSandboxWithOneClick(FxRobot robot) {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertThat(robot.lookup("#sandboxRadio").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText()).isEqualTo("Connected to the built-in sandbox");
    }

    @Test
    void onlyTheChosenKindsPaneIsBuiltAndAnotherWhenPicked(FxRobot robot) {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertThat(robot.lookup("#sandboxPane").tryQuery()).isPresent();
        assertThat(robot.lookup("#webhookPane").tryQuery()).as("not built before it is picked").isEmpty();
        assertThat(robot.lookup("#oauthPane").tryQuery()).isEmpty();

        robot.clickOn("#webhookRadio");
        assertThat(robot.lookup("#webhookPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sandboxPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#oauthPane").tryQuery()).isEmpty();
        robot.clickOn("#webhookField").write("https://portal.example.com/rest/1/abc");

        robot.clickOn("#oauthRadio");
        assertThat(robot.lookup("#oauthPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#webhookPane").query().isVisible()).isFalse();
        TextField portal = robot.lookup("#oauthPortalField").queryAs(TextField.class);
        assertThat(robot.lookup("#oauthPane .label").queryAllAs(Label.class))
                .as("a pane built later names its fields too").anyMatch(l -> l.getLabelFor() == portal);

        robot.clickOn("#webhookRadio");
        assertThat(robot.lookup("#webhookPane").queryAll()).as("built once").hasSize(1);
        assertThat(robot.lookup("#webhookField").queryAs(TextField.class).getText())
                .isEqualTo("https://portal.example.com/rest/1/abc");
    }

    @Test
    void aMalformedWebhookUrlIsAnInlineErrorAndNoRequestIsSent(FxRobot robot) {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        robot.clickOn("#webhookField").write("http://portal.example.com/rest/1/abc123def/");
        assertThat(robot.lookup("#webhookError").queryAs(Label.class).getText()).contains("https://");
        assertThat(robot.lookup("#connectButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#webhookField").queryAs(TextField.class).setText("not a url at all"));
        assertThat(robot.lookup("#webhookError").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(robot.lookup("#testButton").queryButton().isDisabled()).isTrue();
        assertThat(ui.portal.requests()).isEmpty();
    }

    @Test
    void aWebhookProfileIsSavedWithoutItsSecretAndShownMasked(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        robot.interact(() -> robot.lookup("#webhookField").queryAs(TextField.class).setText(ui.portal.webhookUrl()));
        robot.clickOn("#testButton");
        waitUntil(() -> robot.lookup("#testResultLabel").queryAs(Label.class).getText().startsWith("Works"));
        assertThat(robot.lookup("#testResultLabel").queryAs(Label.class).getText()).contains("Anna Admin");
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));

        String settings = Files.readString(ui.home.resolve("config").resolve("settings.json"));
        assertThat(settings).doesNotContain(ui.portal.webhookCode()).contains("••••••");
        robot.interact(() -> ui.window.openConnectionDialog());
        // the webhook's pane is built when the saved profile's kind is chosen
        waitUntil(() -> robot.lookup("#webhookField").tryQuery()
                .map(f -> ((TextField) f).getText().contains("••••••")).orElse(false));
        assertThat(robot.lookup("#webhookField").queryAs(TextField.class).getText()).doesNotContain(ui.portal.webhookCode());
        robot.clickOn("#connectButton");
        waitUntil(() -> ui.portal.requests("profile").size() == 3);
        assertThat(ui.portal.requests("profile")).allMatch(r -> r.status() == 200);
        assertThat(ui.secrets.calls()).as("the keyring was used").isNotEmpty();
        assertThat(ui.secrets.callsOnFxThread()).as("never on the FX thread").isEmpty();
    }

    @Test
    void aWrongWebhookCodeShowsTheAuthErrorCode(FxRobot robot) {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        String wrong = ui.portal.webhookUrl().replace(ui.portal.webhookCode(), "wrongcode1234567");
        robot.interact(() -> robot.lookup("#webhookField").queryAs(TextField.class).setText(wrong));
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#testResultLabel").queryAs(Label.class).getText().startsWith("NO_AUTH_FOUND"));
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText()).isEqualTo("Not connected");
    }
}
