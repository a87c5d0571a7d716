package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The AppCDS training run goes through the paths it is meant to record, then finishes. */
@ExtendWith(SandboxUi.class)
class CdsTrainingTest {
    private final UiHarness harness = new UiHarness();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = harness.show(stage);
    }

    @Test
    void opensTheConnectionDialogShowsTheSandboxBadgesListsItsActivitiesThenFinishes(FxRobot robot) {
        AtomicInteger finished = new AtomicInteger();
        List<String> opened = new ArrayList<>();
        ListChangeListener<Window> recorder = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> opened.add(w instanceof Stage s ? s.getTitle() : w.toString()));
            }
        };
        robot.interact(() -> Window.getWindows().addListener(recorder));
        try {
            robot.interact(() -> CdsTraining.run(window, finished::incrementAndGet));

            waitUntil(() -> finished.get() > 0);
        } finally {
            robot.interact(() -> Window.getWindows().removeListener(recorder));
        }
        assertThat(opened).as("the connection dialog opened").containsExactly("Connect to a portal");
        assertThat(Window.getWindows()).as("and is closed again").containsExactly(window.stage());
        assertThat(UiHarness.tableHas(robot, "missedCall")).as("the badge table shows the sandbox's badges").isTrue();
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                .as("the Activities tab is in front").isEqualTo(1);
        assertThat(robot.lookup("#activityTable").queryAs(TableView.class).getItems())
                .as("the sandbox's activities are listed").isNotEmpty();
    }
}
