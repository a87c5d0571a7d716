package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.time.Instant;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A badge deleted in an earlier run is restored from Recently deleted: Undo that survives a restart. */
@ExtendWith(ApplicationExtension.class)
class RecentlyDeletedWindowTest {
    private final Badge deletedLastTime = new Badge("oldPromo", LocalizedText.of("Promo"), LocalizedText.of("10%"),
            BadgeType.SECONDARY);
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness();
        // what the previous run left in the data folder
        String portal = SafetyNets.portalKey(WebhookConnection.parse(ui.portal.webhookUrl()).methodUri("profile"));
        SafetyNets.in(ui.home.resolve("data")).forPortal(portal).recentlyDeleted()
                .add(deletedLastTime, Instant.parse("2026-12-01T10:15:00Z"));
        ui.show(stage).connectDirectly(ConnectionRequest.webhook(ui.portal.webhookUrl()));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aBadgeDeletedBeforeARestartIsRestoredFromRecentlyDeleted(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("#recentlyDeletedButton");
        waitUntil(() -> robot.lookup("#recentlyDeletedList").tryQuery().isPresent()
                && !robot.lookup("#recentlyDeletedList").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("oldPromo — Promo")).queryAs(ListCell.class));
        robot.clickOn("#restoreDeletedButton");

        waitUntil(() -> ui.portal.badge("oldPromo").isPresent());
        waitUntil(() -> tableHas(robot, "oldPromo"));
        assertThat(robot.lookup("#recentlyDeletedList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(ui.portal.badge("oldPromo").orElseThrow().type()).isEqualTo("secondary");
    }
}
