package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.badgemanager.app.MainWindow;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Signing in like a desktop app, in the real window: the browser sign-in from the dialog (and its paste fallback),
 * "Sign in again" over an open editor, straight back to the last portal at start, and the "not encrypted" mark.
 */
@ExtendWith(SandboxUi.class)
class SignInWindowTest {
    private UiHarness ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui.show(stage);
    }

    /** A label's text, looked up on the FX thread (the scene graph changes while the dialog counts seconds). */
    private static String text(FxRobot robot, String id) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(robot.lookup(id).queryAs(Label.class).getText()));
        return text.get();
    }

    private void setText(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(value));
    }

    /** Opens the dialog on a new OAuth profile and types what the admin copies from the local app. */
    private void fillNewOAuthApp(FxRobot robot) {
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#oauthRadio");
        assertThat(robot.lookup("#oauthError").queryAs(Label.class).isVisible()).as("no red before typing").isFalse();
        assertThat(robot.lookup("#connectButton").queryAs(Button.class).getText()).isEqualTo("Sign in with the browser");
        robot.clickOn("#copyHandlerButton");
        String handler = robot.lookup("#handlerAddressField").queryAs(TextField.class).getText();
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(handler).matches("http://127\\.0\\.0\\.1:\\d+/");
        ui.portal.registerHandler(copied.get()); // the admin pastes it into the local app's form
        setText(robot, "#oauthPortalField", ui.portal.portalAddress());
        setText(robot, "#clientIdField", ui.portal.clientId());
        setText(robot, "#clientSecretField", ui.portal.clientSecret());
    }

    @Test
    void anAdminSignsInThroughTheBrowserAndARefusedRenewalIsSignedInAgainOverTheOpenEditor(FxRobot robot) {
        fillNewOAuthApp(robot);
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Connected to 127.0.0.1");
        assertThat(ui.browser.opened).hasSize(1);

        robot.clickOn("#addButton");
        robot.clickOn("#sameForAllCheck");
        setText(robot, "#codeField", "afterRenewal");
        setText(robot, "#plainTitleField", "Typed before");
        setText(robot, "#plainValueField", "V");
        ui.portal.expireAccessToken();
        ui.portal.revokeRefreshToken();
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#signInAgainButton").tryQuery().isPresent());
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Signing in to 127.0.0.1\u2026");
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).getText()).as("the editor stays open")
                .isEqualTo("afterRenewal");

        robot.clickOn("#signInAgainButton");
        waitUntil(() -> robot.lookup("#signInAgainButton").tryQuery().isEmpty());
        assertThat(ui.browser.opened).hasSize(2);
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Connected to 127.0.0.1");
        assertThat(robot.lookup("#plainTitleField").queryAs(TextField.class).getText()).isEqualTo("Typed before");
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("afterRenewal").isPresent() && tableHas(robot, "afterRenewal"));
        assertThat(ui.secrets.callsOnFxThread()).isEmpty();
    }

    @Test
    void whereTheBrowserCannotComeBackThePastedAddressSignsIn(FxRobot robot) {
        AtomicReference<String> endedOn = new AtomicReference<>();
        ui.browser.stoppingAtRedirect(endedOn::set);
        fillNewOAuthApp(robot);
        robot.clickOn("#connectButton");
        waitUntil(() -> endedOn.get() != null);
        waitUntil(() -> text(robot, "#testResultLabel").startsWith("Waiting for the sign-in in the browser"));
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Signing in through the browser\u2026");
        setText(robot, "#pastedAddressField", endedOn.get());
        robot.clickOn("#usePastedButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Connected to 127.0.0.1");
        assertThat(ui.browser.handlerAnswers).isEmpty();
    }

    @Test
    void aReturningUserSeesTheirBadgesAtStartAndTheDialogWhenTheSecretIsGone(FxRobot robot) {
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        setText(robot, "#webhookField", ui.portal.webhookUrl());
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        String profileId = ui.services.connections().settings().lastProfileId();

        // a slow keyring: the dialog says it is reading and waits, the window stays responsive
        ui.secrets.holdReads();
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent()
                && text(robot, "#testResultLabel").equals("Reading the saved secrets\u2026"));
        assertThat(robot.lookup("#connectButton").queryAs(Button.class).isDisabled()).isTrue();
        ui.secrets.answer();
        waitUntil(() -> robot.lookup("#webhookField").queryAs(TextField.class).getText().contains("\u2022\u2022\u2022"));
        assertThat(robot.lookup("#connectButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#cancelButton");

        MainWindow[] restarted = new MainWindow[1];
        robot.interact(() -> {
            restarted[0] = new MainWindow(stage, ui.services, Messages.forLocale(Locale.ENGLISH)).show();
            restarted[0].openLastPortalOrDialog();
        });
        waitUntil(() -> restarted[0].session() != null && tableHas(robot, "missedCall"));
        assertThat(robot.lookup("#connectButton").tryQuery()).as("no dialog").isEmpty();
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Connected to 127.0.0.1");

        ui.secrets.delete(profileId); // the keyring entry is gone
        robot.interact(() -> {
            restarted[0] = new MainWindow(stage, ui.services, Messages.forLocale(Locale.ENGLISH)).show();
            restarted[0].openLastPortalOrDialog();
        });
        waitUntil(() -> robot.lookup("#settingsNotice").tryQuery().isPresent()
                && text(robot, "#settingsNotice").contains("could not be read"));
        assertThat(restarted[0].session()).isNull();
        assertThat(ui.secrets.callsOnFxThread()).isEmpty();
    }

    @Test
    void plainHttpIsAllowedOnlyAfterTheWarningAndTheHeaderMarksIt(FxRobot robot) {
        String plain = "http://portal.invalid/rest/1/abcd1234/";
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        setText(robot, "#webhookField", plain);
        assertThat(text(robot, "#webhookError")).contains("https://");
        robot.interact(() -> robot.lookup("#webhookPane #trustPane").queryAs(TitledPane.class).setExpanded(true));
        robot.clickOn("#webhookPane #plainHttpCheck");
        waitUntil(() -> robot.lookup("Allow for this profile").tryQuery().isPresent());
        robot.clickOn("Allow for this profile");
        waitUntil(() -> text(robot, "#webhookError") == null || text(robot, "#webhookError").isEmpty());
        assertThat(robot.lookup("#connectButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#cancelButton");

        robot.interact(() -> ui.window.connectDirectly(new ConnectionRequest(null, null,
                new WebhookDetails(plain, new PortalTrust(null, true)))));
        waitUntil(() -> robot.lookup("#unencryptedMark").queryAs(Label.class).isVisible()
                && text(robot, "#connectionLabel").startsWith("Offline since"));
        assertThat(text(robot, "#unencryptedMark")).isEqualTo("not encrypted");
    }
}
