package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Once a portal is open the Activities tab's view is built ahead and put in its tab, styled and laid out, before
 * the user ever opens the tab; opening it then shows that same view.
 */
@ExtendWith(SandboxUi.class)
class ActivitiesViewAheadTest {
    /** Controls deep in each part of the view: the filters, the ids box, the table, the where-used bar. */
    private static final List<String> DEEP = List.of("#searchButton", "#deleteIdsButton", "#activityTable",
            "#cleanUpButton", "#whereUsedOutcome");
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @Test
    void theViewIsStyledAndLaidOutBeforeItsTabIsFirstOpened(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> DEEP.stream().allMatch(id -> robot.lookup(id).tryQuery()
                .map(n -> ((Control) n).getSkin() != null).orElse(false)));

        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the Badges tab, never left").isZero();
        Node table = robot.lookup("#activityTable").queryAs(Node.class);
        assertThat(table.getScene()).isSameAs(tabs.getScene());
        waitUntil(() -> table.getLayoutBounds().getWidth() > 0);
        assertThat(tabs.getTabs().get(1).getContent().getLayoutBounds().getWidth()).as("laid out at the tab's size")
                .isGreaterThan(600);

        robot.clickOn("Activities");
        assertThat(robot.lookup("#activityTable").queryAs(Node.class)).as("the view built ahead is the one shown")
                .isSameAs(table);
        assertThat(robot.lookup("#searchButton").queryAs(Node.class).isVisible()).isTrue();
    }
}
