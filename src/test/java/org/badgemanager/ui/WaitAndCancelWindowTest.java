package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.activities;
import static org.badgemanager.ui.ActivitiesWindowTest.openActivitiesTab;
import static org.badgemanager.ui.ActivitiesWindowTest.text;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.badges.BadgeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A portal that takes its time: the badge refresh and the activity search say that they wait and for how long,
 * and Cancel stops the wait, keeping the rows that were shown, with a note instead of an error popup.
 */
@ExtendWith(SandboxUi.class)
class WaitAndCancelWindowTest {
    private static final int DEAL = 2;
    /** Longer than any test here: the answer only ever comes after Cancel was pressed. */
    private static final Duration SLOW = Duration.ofSeconds(30);
    /** A deadline beyond the portal's delay, so that only Cancel can end the wait. */
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults().noRateLimit(),
            Portals.fastOptions().withTimeouts(Duration.ofSeconds(2), SLOW.plusSeconds(30)));

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).query().isVisible();
    }

    private static boolean noPopup(FxRobot robot) {
        return robot.lookup(".notification-bar").queryAll().isEmpty();
    }

    @Test
    void aSlowRefreshSaysHowLongItHasWaitedAndCancelKeepsTheRows(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        List<String> shown = table(robot).getItems().stream().map(BadgeRow::code).toList();
        assertThat(visible(robot, "#cancelRefreshButton")).isFalse();
        ui.portal.removeBadge("missedCall"); // a refresh that finished would drop it from the table
        ui.portal.faults().latency(SLOW);
        int listed = ui.portal.requests("crm.activity.badge.list").size();

        robot.clickOn("#refreshButton");
        waitUntil(() -> text(robot, "#busyLabel").matches("Loading badges\u2026 [1-9]\\d* s"));
        assertThat(ui.portal.requests("crm.activity.badge.list")).as("the call is out").hasSize(listed + 1);
        assertThat(visible(robot, "#cancelRefreshButton")).isTrue();
        robot.clickOn("#cancelRefreshButton");

        waitUntil(() -> !robot.lookup("#refreshButton").queryButton().isDisabled());
        assertThat(table(robot).getItems()).extracting(BadgeRow::code).containsExactlyElementsOf(shown);
        assertThat(text(robot, "#refreshNoteLabel"))
                .isEqualTo("Refresh cancelled: the table shows the badges loaded before.");
        assertThat(visible(robot, "#cancelRefreshButton")).isFalse();
        assertThat(noPopup(robot)).as("cancelling is no error").isTrue();
    }

    @Test
    void aSlowSearchSaysHowLongItHasWaitedAndCancelKeepsTheFoundActivities(FxRobot robot) {
        ui.portal.addActivities(7, DEAL, 9001);
        openActivitiesTab(robot);
        robot.clickOn("#ownerTypeBox").clickOn("Deal");
        robot.clickOn("#ownerIdField").write("9001");
        robot.clickOn("#searchButton");
        waitUntil(() -> activities(robot).getItems().size() == 7);
        assertThat(visible(robot, "#cancelSearchButton")).isFalse();
        ui.portal.addActivities(3, DEAL, 9001); // a search that finished would find 10
        ui.portal.faults().latency(SLOW);

        robot.clickOn("#searchButton");
        waitUntil(() -> text(robot, "#loadStatusLabel").matches("Loading activities\u2026 [1-9]\\d* s"));
        assertThat(visible(robot, "#cancelSearchButton")).isTrue();
        robot.clickOn("#cancelSearchButton");

        waitUntil(() -> !robot.lookup("#searchButton").queryButton().isDisabled());
        assertThat(activities(robot).getItems()).hasSize(7);
        assertThat(text(robot, "#foundLabel")).isEqualTo("Showing 7 of 7");
        assertThat(text(robot, "#loadStatusLabel"))
                .isEqualTo("Cancelled: the table shows the activities found before.");
        assertThat(visible(robot, "#cancelSearchButton")).isFalse();
        assertThat(noPopup(robot)).as("cancelling is no error").isTrue();
    }
}
