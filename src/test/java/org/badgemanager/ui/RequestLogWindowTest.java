package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Request log against what the portal received: every call the sandbox recorded is listed, in order, with the
 * webhook code masked; Copy as cURL gives a command that runs, with the code only when revealed for that copy.
 */
@ExtendWith(SandboxUi.class)
class RequestLogWindowTest {
    private static final String CODE = "LogSecret7788hookQ";
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults().noRateLimit().webhookCode(CODE));

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.webhook(ui.portal.webhookUrl()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<RequestLog.Entry> requests(FxRobot robot) {
        return robot.lookup("#requestTable").queryAs(TableView.class);
    }

    @Test
    void listsEveryCallTheSandboxReceivedMaskedAndCopiesARunnableCurl(FxRobot robot) throws Exception {
        waitUntil(() -> tableHas(robot, "missedCall"));
        ui.portal.faults().failNext("crm.activity.badge.list", 400, "SOME_FAULT", "Refused");
        robot.clickOn("#badgeTable").type(KeyCode.F5);
        waitUntil(() -> UiHarness.popupShows(robot, "SOME_FAULT"));
        robot.clickOn("#requestLogButton");
        waitUntil(() -> robot.lookup("#requestTable").tryQuery().isPresent());

        List<RecordedRequest> received = ui.portal.requests();
        waitUntil(() -> requests(robot).getItems().size() == received.size());
        assertThat(requests(robot).getItems()).extracting(RequestLog.Entry::method)
                .containsExactlyElementsOf(received.stream().map(RecordedRequest::method).toList());
        assertThat(requests(robot).getItems()).extracting(RequestLog.Entry::httpStatus)
                .containsExactlyElementsOf(received.stream().map(RecordedRequest::status).toList());
        RequestLog.Entry failed = requests(robot).getItems().stream().filter(e -> !e.ok()).findFirst().orElseThrow();
        assertThat(failed.code()).isEqualTo("SOME_FAULT");
        assertThat(requests(robot).getItems()).filteredOn(RequestLog.Entry::ok)
                .allMatch(e -> e.operating() != null, "the portal's operating time is kept");

        int list = requests(robot).getItems().indexOf(requests(robot).getItems().stream()
                .filter(e -> e.ok() && e.method().equals("crm.activity.badge.list")).findFirst().orElseThrow());
        robot.interact(() -> requests(robot).getSelectionModel().clearAndSelect(list));
        assertThat(robot.lookup("#requestDetails").queryTextInputControl().getText())
                .contains("crm.activity.badge.list").doesNotContain(CODE);
        assertThat(requests(robot).getItems().toString()).doesNotContain(CODE);

        robot.clickOn("#copyCurlButton");
        String masked = clipboard(robot);
        assertThat(masked).startsWith("curl -X POST '").contains("/rest/1/\u2022\u2022\u2022\u2022\u2022\u2022/")
                .doesNotContain(CODE);

        robot.clickOn("#revealSecretsCheck");
        robot.clickOn("#copyCurlButton");
        String revealed = clipboard(robot);
        assertThat(revealed).contains("/rest/1/" + CODE + "/crm.activity.badge.list");
        assertThat(robot.lookup("#revealSecretsCheck").queryAs(CheckBox.class).isSelected())
                .as("revealing was for that copy only").isFalse();
        robot.clickOn("#copyCurlButton");
        assertThat(clipboard(robot)).doesNotContain(CODE);

        int before = ui.portal.requests("crm.activity.badge.list").size();
        String answer = runInShell(revealed);
        assertThat(Json.parse(answer).path("result").path("badges").isArray()).as("the portal answered: %s", answer).isTrue();
        assertThat(ui.portal.requests("crm.activity.badge.list")).hasSize(before + 1);
    }

    private static String runInShell(String command) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sh", "-c", command + " --silent --max-time 10").start();
        assertThat(shell.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
