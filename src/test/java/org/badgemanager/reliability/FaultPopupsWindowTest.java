package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A few faults and bad inputs on the real window: the popup with the code and its advice, the form's message. */
@ExtendWith(SandboxUi.class)
class FaultPopupsWindowTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(FaultPopupsWindowTest.class);
    private UiHarness ui;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // a settings file that cannot be read, as a crash of some older version might have left it
        Path settings = ui.home.resolve("config").resolve("settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"profiles\":[{\"id\":\"a\",\"na");
        ui.services.connections().settings(); // the app reads its settings before the window shows
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    private static boolean textShown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(text))
                .tryQuery().isPresent();
    }

    @Test
    void anUnreadableSettingsFileIsExplainedInAPopupAndTheAppStarts(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(popupShows(robot, "Settings reset")).isTrue();
        assertThat(textShown(robot, "settings.json.corrupt-")).isTrue();
        ROWS.add("Settings", "Corrupt settings.json at start-up (real window)", 1,
                "popup \"Settings reset\" naming settings.json.corrupt-…; the window works",
                adviceLine("settings.unreadable.advice"), 0);
    }

    @Test
    void proxyPagesRedirectsAndServerErrorsShowTheirCodeAndAdviceAndTheTableStays(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        int rows = table(robot).getItems().size();
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        String[][] cases = {
                {"UNEXPECTED_RESPONSE", "HTML 502 page from a proxy, every answer"},
                {"PORTAL_MOVED", "302 redirect to another host"},
                {"PORTAL_DELETED", "PORTAL_DELETED"},
        };
        for (String[] c : cases) {
            switch (c[0]) {
                case "UNEXPECTED_RESPONSE" -> {
                    for (int i = 0; i < 4; i++) {
                        ui.portal.faults().answerNext("crm.activity.badge.list", 502, "text/html", html);
                    }
                }
                case "PORTAL_MOVED" -> ui.portal.faults().redirectNext("crm.activity.badge.list",
                        "https://renamed.bitrix24.com/rest/1/" + ui.portal.webhookCode() + "/crm.activity.badge.list");
                default -> ui.portal.faults().failNext("crm.activity.badge.list", 410, "PORTAL_DELETED", "Portal was deleted");
            }
            robot.clickOn("#badgeTable").type(KeyCode.F5);
            waitUntil(() -> popupShows(robot, c[0]));
            String advice = adviceOf(c[0]);
            assertThat(textShown(robot, advice)).as("advice for %s on screen", c[0]).isTrue();
            assertThat(table(robot).getItems()).hasSize(rows);
            ROWS.add(PortalFaultsTest.PORTAL_ANSWERS, c[1] + " (real window)", 1, "popup `" + c[0] + "` with advice; table kept",
                    advice, 0);
        }
        assertThat(textShown(robot, "renamed.bitrix24.com")).as("the popup names the new host").isTrue();
        long answered = ui.portal.requests("crm.activity.badge.list").stream().filter(r -> r.status() == 200).count();
        robot.clickOn("#badgeTable").type(KeyCode.F5);
        waitUntil(() -> ui.portal.requests("crm.activity.badge.list").stream().filter(r -> r.status() == 200).count() > answered);
        waitUntil(() -> table(robot).getItems().size() == ui.portal.badges().size());
    }

    private static String adviceOf(String code) {
        return org.badgemanager.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).get("error." + code + ".advice");
    }

    @Test
    void oversizedAndControlCharacterInputIsRefusedWithAMessageAndNothingIsSent(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("#addButton");
        robot.clickOn("#sameForAllCheck");
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText("bigOne"));
        String huge = "x".repeat(100_000);
        robot.interact(() -> robot.lookup("#plainTitleField").queryAs(TextField.class).setText(huge));
        robot.interact(() -> robot.lookup("#plainValueField").queryAs(TextField.class).setText("V"));
        waitUntil(() -> textShown(robot, "too long for the portal"));
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#plainTitleField").queryAs(TextField.class).setText("Title"));
        // JavaFX's text field drops control characters from a paste; the form sees only what is left
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText("bad\u0007code\u0000"));
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).getText()).isEqualTo("badcode");
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText("bad code ünï"));
        waitUntil(() -> textShown(robot, "Use only Latin letters, digits, _ and -."));
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#saveButton");
        assertThat(ui.portal.requests("crm.activity.badge.add")).isEmpty();

        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText("goodCode"));
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("goodCode").isPresent());
        assertThat(ui.portal.requests("crm.activity.badge.add")).hasSize(1);
        ROWS.add("Bad input", "A 100 000-character title pasted into the form (real window)", 1,
                "\"" + adviceLine("validation.text.tooLong") + "\"; Save disabled; nothing sent", "", 0);
        ROWS.add("Bad input", "A code with control characters (BEL, NUL) pasted (real window)", 1,
                "the text field drops them (\"badcode\"); a code with spaces or non-Latin letters: \""
                        + adviceLine("validation.code.characters") + "\", Save disabled; nothing sent", "", 0);
    }

    private static String adviceLine(String key) {
        return org.badgemanager.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).get(key);
    }
}
