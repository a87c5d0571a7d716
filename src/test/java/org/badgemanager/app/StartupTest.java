package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Start-up as the app runs it: the window opens empty while a worker builds its views, then shows them; views
 * built off the FX thread must work like any others.
 */
@ExtendWith(SandboxUi.class)
class StartupTest {
    private final UiHarness harness = new UiHarness();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, harness.services, Messages.forLocale(Locale.ENGLISH));
        window.showEmptyFrame();
    }

    @Test
    void viewsBuiltOnAWorkerShowTheBadgesAndAnswerTheKeyboard(FxRobot robot) {
        assertThat(stage.isShowing()).as("the empty frame shows before the views exist").isTrue();
        assertThat(robot.lookup("#badgeTable").tryQuery()).isEmpty();

        CompletableFuture<MainWindow> built = StartupPreparation.onOwnThread("main-window-build", window::build);
        StartupPreparation.await(built);
        robot.interact(() -> {
            window.show();
            window.connectDirectly(ConnectionRequest.sandbox());
        });

        waitUntil(() -> UiHarness.tableHas(robot, "missedCall"));
        assertThat(stage.getTitle()).isEqualTo("Badge Manager for Bitrix24");
        assertThat(stage.getIcons()).isNotEmpty();
        // narrower than the tool bar's buttons: they fold into its overflow menu, the search field stays
        robot.interact(() -> stage.setWidth(760));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("missedCall");
        waitUntil(() -> UiHarness.table(robot).getItems().size() == 1 && UiHarness.tableHas(robot, "missedCall"));
    }

    @Test
    void aFailureWhilePreparingIsReportedAsItsOwnCause() {
        CompletableFuture<Object> failed = StartupPreparation.onOwnThread("startup-preparation", () -> {
            throw new IllegalStateException("settings folder is not writable");
        });

        assertThatThrownBy(() -> StartupPreparation.await(failed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("settings folder is not writable");
    }
}
