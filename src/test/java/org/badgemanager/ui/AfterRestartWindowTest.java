package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badges.PendingEdit;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What an earlier run left on this computer, seen by the next start: an edit cut off after its delete is named at
 * start and settled (the old badge put back) on connect; a badge deleted earlier is restored from Recently deleted,
 * Undo that survives a restart.
 */
@ExtendWith(SandboxUi.class)
class AfterRestartWindowTest {
    private final Badge cutOff = new Badge("halfEdited", LocalizedText.of("Before"), LocalizedText.of("B"),
            BadgeType.WARNING);
    private final Badge deletedLastTime = new Badge("oldPromo", LocalizedText.of("Promo"), LocalizedText.of("10%"),
            BadgeType.SECONDARY);
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        // what the previous run left in the data folder
        String portal = SafetyNets.portalKey(WebhookConnection.parse(ui.portal.webhookUrl()).methodUri("profile"));
        SafetyNet net = SafetyNets.in(ui.home.resolve("data")).forPortal(portal);
        net.recentlyDeleted().add(deletedLastTime, Instant.parse("2026-12-01T10:15:00Z"));
        // killed between the delete and the add: neither version is on the portal
        net.journal().begin(PendingEdit.Kind.REPLACE, cutOff, cutOff.withCode("halfEdited2"));
        ui.show(stage).tellAboutInterruptedChanges();
    }

    private void connect(FxRobot robot) {
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.webhook(ui.portal.webhookUrl())));
    }

    @Test
    void theStartNamesTheCutOffEditAndConnectingPutsTheOldBadgeBack(FxRobot robot) {
        waitUntil(() -> popupShows(robot, "INTERRUPTED_CHANGE"));
        connect(robot);
        waitUntil(() -> tableHas(robot, "halfEdited"));
        assertThat(ui.portal.badge("halfEdited")).isPresent();
        assertThat(ui.portal.badge("halfEdited2")).isEmpty();
        assertThat(robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && t.contains("old version has been put back"))
                .findAny()).as("the user is told what was done").isPresent();
    }

    @Test
    void aBadgeDeletedBeforeARestartIsRestoredFromRecentlyDeleted(FxRobot robot) {
        connect(robot);
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
