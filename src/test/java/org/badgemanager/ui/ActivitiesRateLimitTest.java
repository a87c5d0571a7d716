package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.openActivitiesTab;
import static org.badgemanager.ui.ActivitiesWindowTest.report;
import static org.badgemanager.ui.ActivitiesWindowTest.typeIds;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.activities.ReportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bulk delete on a portal that enforces its rate limit (2/s, burst 50) while another app has nearly filled the
 * bucket: the app's client, with the real plan's limit, must wait and repeat instead of reporting failures.
 */
@ExtendWith(SandboxUi.class)
class ActivitiesRateLimitTest {
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults(),
            ClientOptions.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @Test
    void deleting300WithTheRateLimitOnFinishesWithoutQueryLimitExceeded(FxRobot robot) throws TimeoutException {
        List<Long> ids = ui.portal.addActivities(300, 2, 9100);
        openActivitiesTab(robot);
        typeIds(robot, ids);

        robot.clickOn("#deleteIdsButton");
        robot.clickOn("#confirmCountField").write("300"); // more than 100: confirmed by typing the number
        // the other app fills the bucket right before the run starts (the bucket drains 2/s while the robot types,
        // so filling it earlier left room for the whole run on a slow machine)
        BitrixClient otherApp = Portals.webhookClient(ui.portal);
        for (int i = 0; i < 48; i++) {
            otherApp.call("profile");
        }
        robot.clickOn("#confirmYes");
        waitLong(() -> report(robot).getItems().size() == 300);

        assertThat(report(robot).getItems()).allMatch(r -> r.status() == Status.DELETED);
        assertThat(report(robot).getItems()).map(ReportRow::explanation).noneMatch(e -> e.contains("QUERY_LIMIT"));
        assertThat(ids).allMatch(id -> ui.portal.activity(id).isEmpty());
        assertThat(ui.portal.rateLimitStats().rejected())
                .as("the portal did refuse requests: the limit was really in play").isPositive();
        assertThat(ui.portal.rateLimitStats().maxLevelSeen()).isLessThanOrEqualTo(50);
    }

    private static void waitLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
