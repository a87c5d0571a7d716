package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.activities;
import static org.badgemanager.ui.ActivitiesWindowTest.text;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.app.MainWindow;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.activities.ActivityRow;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * "Where is this badge used?" as an admin meets it: in English through the sandbox's webhook from the badge table,
 * ending at the recycle bin and Try again; in Russian through the OAuth app from the ENTITY_WITH_BADGE_EXISTS popup,
 * where the app clears the badges it set and deletes nothing.
 */
@ExtendWith(SandboxUi.class)
class WhereUsedWindowTest {
    private UiHarness ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage; // each test opens the window itself, in its own language
    }

    @Test
    void fromTheBadgeTableThroughTheRecycleBinToADeletedBadge(FxRobot robot) throws IOException {
        robot.interact(() -> ui.show(stage).connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        List<JsonNode> carriers = carriers("missedCall");

        robot.clickOn("missedCall");
        robot.clickOn("#whereUsedButton");
        waitUntil(() -> activities(robot).getItems().size() == 12);
        assertThat(activities(robot).getItems()).extracting(ActivityRow::badge).containsOnly("missedCall");
        assertThat(robot.lookup("#badgeField").queryTextInputControl().getText()).isEqualTo("missedCall");
        assertThat(text(robot, "#whereUsedSummary")).isEqualTo("\u201cmissedCall\u201d is on 12 activities: 12 open "
                + "(they keep the portal from deleting it), 0 completed (they do not).");
        assertThat(robot.lookup("#whereUsedNote").queryLabeled().isVisible()).isFalse();

        robot.clickOn("#cleanUpButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> text(robot, "#whereUsedOutcome").contains("CRM \u2192 Recycle bin"));
        assertThat(text(robot, "#whereUsedOutcome")).startsWith("Deleted 12 of 12 activities. Backup of 12 records:")
                .contains("no live activity carries it, but the deleted ones wait in the CRM recycle bin");
        assertThat(ui.portal.badge("missedCall")).isPresent();
        assertThat(tableHas(robot, "missedCall")).isTrue();
        assertThat(backupRecords()).containsExactlyInAnyOrderElementsOf(carriers);
        waitUntil(() -> activities(robot).getItems().isEmpty());

        robot.clickOn("#tryAgainButton");
        waitUntil(() -> text(robot, "#whereUsedOutcome").contains("CRM \u2192 Recycle bin")
                && !robot.lookup("#tryAgainButton").queryButton().isDisabled());
        assertThat(ui.portal.badge("missedCall")).as("the bin still holds them").isPresent();

        ui.portal.eraseRecycleBinInPortal();
        robot.clickOn("#tryAgainButton");
        waitUntil(() -> text(robot, "#whereUsedOutcome").endsWith("Badge \u201cmissedCall\u201d deleted."));
        assertThat(ui.portal.badge("missedCall")).isEmpty();
        assertThat(robot.lookup("#tryAgainButton").queryButton().isVisible()).isFalse();
        robot.clickOn("Badges");
        waitUntil(() -> !tableHas(robot, "missedCall"));
    }

    @Test
    void inRussianTheErrorPopupLeadsToTheAppClearingItsOwnBadges(FxRobot robot) {
        robot.interact(() -> {
            ui.window = new MainWindow(stage, ui.services, Messages.forLocale(Locale.forLanguageTag("ru"))).show();
            stage.setWidth(1200);
            stage.setHeight(760);
            ui.window.connectDirectly(new ConnectionRequest(null, "app",
                    Portals.signedInOAuth(ui.portal, ui.portal.clientSecret())));
        });
        waitUntil(() -> tableHas(robot, "deliveryDelayed"));
        int activitiesBefore = ui.portal.activityCount();

        robot.clickOn("deliveryDelayed");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> popupShows(robot, "ENTITY_WITH_BADGE_EXISTS"));
        // fired rather than clicked: the popup is still sliding in, and a robot chasing it costs seconds
        Button whereUsed = popupButton(robot, "Где используется?");
        robot.interact(whereUsed::fire);

        waitUntil(() -> activities(robot).getItems().size() == 8);
        assertThat(text(robot, "#whereUsedSummary")).isEqualTo("«deliveryDelayed» стоит на делах: 8; открытых — 8 "
                + "(из-за них портал не удаляет бейдж), завершённых — 0 (они не мешают).");
        robot.clickOn("#cleanUpButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> text(robot, "#whereUsedOutcome").equals(
                "Бейдж снят с дел: 8 (не удалось снять: 0). Бейдж «deliveryDelayed» удалён."));

        assertThat(ui.portal.badge("deliveryDelayed")).isEmpty();
        assertThat(ui.portal.activityCount()).isEqualTo(activitiesBefore);
        assertThat(ui.portal.requests("crm.activity.delete")).isEmpty();
        assertThat(ui.portal.requests("batch")).anySatisfy(r ->
                assertThat(r.params().toString()).contains("crm.activity.configurable.update"));
        assertThat(carriers("deliveryDelayed")).isEmpty();
        waitUntil(() -> activities(robot).getItems().isEmpty());
        assertThat(robot.lookup("#activityPlaceholder").queryLabeled().getText())
                .isEqualTo("Ни на одном деле нет бейджа «deliveryDelayed».");
    }

    private static Button popupButton(FxRobot robot, String text) {
        return robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((Node n) -> n instanceof Button b && text.equals(b.getText()))
                        .queryAll().stream()).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text + " in a popup"));
    }

    private List<JsonNode> carriers(String code) {
        List<JsonNode> found = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            ui.portal.activity(id).filter(a -> code.equals(a.path("PROVIDER_PARAMS").path("badgeCode").asText()))
                    .ifPresent(found::add);
        }
        return found;
    }

    private List<JsonNode> backupRecords() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(ui.services.dirs().backups())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                // compared with crm.activity.get: without the communications and files saved beside
                Json.parse(Files.readString(file)).path("activities").forEach(r -> records.add(
                        ((com.fasterxml.jackson.databind.node.ObjectNode) r.deepCopy()).without(List.of("COMMUNICATIONS", "FILES"))));
            }
        }
        return records;
    }
}
