package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.sets.CompareRow;
import org.badgemanager.ui.sets.DetailLine;
import org.badgemanager.ui.sets.PlanLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Badge sets driven as an admin would: import a file, read the comparison, review the plan and apply it to the
 * connected sandbox; copy selected badges to a second sandbox portal saved as a profile.
 */
@ExtendWith(SandboxUi.class)
class BadgeSetsWindowTest {
    private UiHarness ui;
    private final SandboxPortal production = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false));

    @Start
    void start(Stage stage) {
        ui.services.connections().remember(new ConnectionRequest(null, "Production",
                new WebhookDetails(production.webhookUrl(), null)));
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @AfterEach
    void stopProduction() {
        production.close();
    }

    private Path editedExport() throws Exception {
        return editedExport(ui);
    }

    /** The portal's badges, with paymentOverdue's Russian title changed and a new badge callBack. */
    static Path editedExport(UiHarness ui) throws Exception {
        List<Badge> badges = new ArrayList<>(BadgeSet.fromPortal(ui.window.session().badges()).badges());
        for (int i = 0; i < badges.size(); i++) {
            Badge b = badges.get(i);
            if (b.code().equals("paymentOverdue")) {
                Map<String, String> title = new LinkedHashMap<>(((LocalizedText.PerLanguage) b.title()).texts());
                title.put("ru", "Оплата просрочена");
                badges.set(i, new Badge(b.code(), LocalizedText.of(title), b.value(), b.type()));
            }
        }
        badges.add(new Badge("callBack", LocalizedText.of("Call back"), LocalizedText.of("Today"), BadgeType.PRIMARY));
        Path file = ui.home.resolve("badges-reviewed.json");
        BadgeSetFiles.write(BadgeSet.of(badges), file);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> tableOf(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    /** A cell of that table showing exactly {@code text} (the main window's table may show the same code). */
    private static javafx.scene.Node cellIn(FxRobot robot, String table, String text) {
        return robot.from(robot.lookup(table).<javafx.scene.Node>query()).lookup((javafx.scene.control.Labeled l) -> text.equals(
                l.getText())).query();
    }

    @Test
    void importComparesTheFileWithThePortalAndApplyChangesExactlyWhatThePlanListed(FxRobot robot) throws Exception {
        waitUntil(() -> tableHas(robot, "missedCall"));
        Path file = editedExport();
        ui.portal.clearRequests();

        robot.interact(() -> ui.window.importBadgeSet(file));
        waitUntil(() -> robot.lookup("#compareTable").tryQuery().isPresent()
                && tableOf(robot, "#compareTable").getItems().size() == 8);
        assertThat(robot.lookup("#differentFilter").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Different (1)");
        assertThat(robot.lookup("#onlyLeftFilter").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Only left (1)");

        robot.clickOn("#differentFilter");
        assertThat(tableOf(robot, "#compareTable").getItems()).extracting(r -> ((CompareRow) r).code())
                .containsExactly("paymentOverdue");
        robot.clickOn(cellIn(robot, "#compareTable", "paymentOverdue"));
        TableView<DetailLine> details = tableOf(robot, "#detailsTable");
        assertThat(details.getItems()).extracting(DetailLine::language, DetailLine::left)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ru", "Оплата просрочена"));
        assertThat(robot.lookup("#deleteExtraCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(tableOf(robot, "#callsTable").getItems()).extracting(c -> ((org.badgemanager.badgesets.PlannedCall) c)
                .display().substring(0, ((org.badgemanager.badgesets.PlannedCall) c).display().indexOf(' ')))
                .containsExactly("crm.activity.badge.add", "crm.activity.badge.delete", "crm.activity.badge.add");
        assertThat(ui.portal.requests()).noneMatch(r -> r.method().contains("badge.add")
                || r.method().contains("badge.delete") || r.method().equals("batch"));

        robot.clickOn("#applyButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> robot.lookup("#compareAgainButton").queryButton().isVisible());

        assertThat(tableOf(robot, "#stepsTable").getItems()).allMatch(l -> ((PlanLine) l).outcomeProperty().get()
                .result() == org.badgemanager.badgesets.StepOutcome.Result.DONE);
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).startsWith("Done:");
        assertThat(ui.portal.badge("callBack")).isPresent();
        assertThat(ui.portal.badge("paymentOverdue").orElseThrow().title().path("ru").asText())
                .isEqualTo("Оплата просрочена");
        List<String> sent = ui.portal.requests().stream().map(RecordedRequest::method)
                .filter(m -> !m.endsWith(".list") && !m.endsWith(".get")).toList();
        assertThat(sent).contains("batch", "crm.activity.badge.delete", "crm.activity.badge.add");
        waitUntil(() -> tableHas(robot, "callBack")); // the main table reads the portal again

        robot.clickOn("#compareAgainButton");
        waitUntil(() -> robot.lookup("#sameFilter").queryAs(javafx.scene.control.ToggleButton.class).getText().equals("Same (8)"));
        assertThat(robot.lookup("#reviewButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void copyToAnotherPortalGoesFromTheSelectedBadgesStraightToThePlan(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("missedCall");
        robot.press(KeyCode.CONTROL).clickOn("vipClient").release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && !tableOf(robot, "#stepsTable").getItems().isEmpty());
        assertThat(tableOf(robot, "#stepsTable").getItems()).extracting(l -> ((PlanLine) l).code())
                .containsExactlyInAnyOrder("missedCall", "vipClient");
        assertThat(production.badges()).isEmpty();

        robot.clickOn("#applyButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> robot.lookup("#compareAgainButton").queryButton().isVisible());

        assertThat(production.badges()).extracting(SandboxBadge::code)
                .containsExactlyInAnyOrder("missedCall", "vipClient");
        assertThat(production.badge("vipClient").orElseThrow().title())
                .isEqualTo(ui.portal.badge("vipClient").orElseThrow().title());
    }
}
