package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.Settings;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Start-up's order as the user meets it: a new user's connection dialog, built and styled on a worker, opens over
 * the window's empty frame before the window's views exist, and works like one opened later.
 */
@ExtendWith(SandboxUi.class)
class StartupSequenceTest {
    private final UiHarness harness = new UiHarness();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, harness.services, Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void aNewUsersDialogOpensBeforeTheViewsAndConnects(FxRobot robot) {
        robot.interact(() -> StartupSequence.run(stage, window, StartupSequence.First.CONNECTION_DIALOG,
                window::showEmptyFrame));
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        Stage dialog = (Stage) robot.lookup("#connectButton").query().getScene().getWindow();
        assertThat(dialog.getOwner()).isSameAs(stage);
        assertThat(dialog.getTitle()).isEqualTo("Connect to a portal");

        waitUntil(() -> robot.lookup("#badgeTable").tryQuery().isPresent());
        robot.clickOn("#connectButton");
        waitUntil(() -> UiHarness.tableHas(robot, "missedCall"));
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                .isEqualTo("Connected to the built-in sandbox");
        assertThat(Window.getWindows()).as("the dialog closed on connecting").containsExactly(stage);
    }

    @Test
    void aSessionOpenedBeforeTheViewsAreInIsUsedWhenTheyCome(FxRobot robot) {
        robot.interact(window::showEmptyFrame);
        PortalSession session = harness.services.connections().open(ConnectionRequest.sandbox());
        StartupPreparation.await(StartupPreparation.onOwnThread("main-window-build", window::build));

        robot.interact(() -> window.useSession(session)); // as a fast connect in the early dialog would
        assertThat(window.session()).as("nothing to show it in yet").isNull();
        robot.interact(window::show);

        waitUntil(() -> UiHarness.tableHas(robot, "missedCall"));
        assertThat(window.session()).isSameAs(session);
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                .isEqualTo("Connected to the built-in sandbox");
    }

    @Test
    void theDialogComesFirstOnlyWithoutAPortalToGoBackTo() {
        Profile saved = new Profile("p1", "Sandbox", ConnectionKind.SANDBOX, java.util.Map.of());
        Settings newUser = Settings.empty();
        Settings returning = new Settings(List.of(saved), "p1", null, null, null, true);
        Settings notStartingWithIt = new Settings(List.of(saved), "p1", null, null, null, false);

        assertThat(StartupSequence.First.of(newUser, List.of())).isEqualTo(StartupSequence.First.CONNECTION_DIALOG);
        assertThat(StartupSequence.First.of(notStartingWithIt, List.of()))
                .isEqualTo(StartupSequence.First.CONNECTION_DIALOG);
        assertThat(StartupSequence.First.of(returning, List.of())).isEqualTo(StartupSequence.First.LAST_PORTAL);
        assertThat(StartupSequence.First.of(newUser, List.of("--sandbox"))).isEqualTo(StartupSequence.First.SANDBOX);
    }
}
