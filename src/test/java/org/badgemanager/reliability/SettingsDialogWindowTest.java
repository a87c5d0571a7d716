package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.settings.Profile;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection dialog on the real window: it opens over a broken profile, and a slow connect can be cancelled. */
@ExtendWith(SandboxUi.class)
class SettingsDialogWindowTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SettingsDialogWindowTest.class);
    private static final String SETTINGS = "{\"profiles\":[{\"id\":\"a\",\"name\":\"Old portal\"},"
            + "{\"id\":\"s\",\"name\":\"Demo\",\"kind\":\"SANDBOX\"}],\"lastProfileId\":\"s\"}";
    /** A long request timeout, so that only Cancel can end the slow connect below. */
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults().noRateLimit(),
            Portals.fastOptions().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30)));

    @Start
    void start(Stage stage) throws Exception {
        Path settings = ui.home.resolve("config").resolve("settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, SETTINGS);
        ui.services.connections().settings(); // the app reads its settings before the window shows
        ui.show(stage).openConnectionDialog();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean workerStillWaitsForThePortal() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("bitrix-worker-"))
                .anyMatch(e -> Stream.of(e.getValue()).anyMatch(f -> f.getClassName().endsWith("HttpTransport")));
    }

    @Test
    void theDialogOpensOverAProfileWithoutKindAndNamesIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertThat(text(robot, "#settingsNotice")).contains("\u201cOld portal\u201d", "no connection kind");
        assertThat(robot.lookup("#settingsNotice").queryAs(Label.class).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Profile> picker = robot.lookup("#profilePicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(Profile::name).containsExactly("Demo");
        assertThat(Files.readString(ui.home.resolve("config").resolve("settings.json"))).isEqualTo(SETTINGS);

        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(Files.readString(ui.home.resolve("config").resolve("settings.json"))).contains("Old portal");
        ROWS.add("Settings and addresses", "Profile without \"kind\" in settings.json at start-up (real window)", 1,
                "the connection dialog opens; a line names \u201cOld portal\u201d (no connection kind)",
                "the other profiles connect; the entry stays in the file", 0);
    }

    @Test
    void aSlowConnectShowsItsSecondsAndCancelGivesTheFormBack(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        ui.portal.faults().latency(Duration.ofSeconds(20));
        robot.clickOn("#connectButton");
        waitUntil(() -> text(robot, "#testResultLabel").equals("Connecting\u2026 1 s"));
        assertThat(robot.lookup("#connectButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#profilePicker").query().isDisabled()).isTrue();
        assertThat(workerStillWaitsForThePortal()).isTrue();

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#testResultLabel")).isEqualTo("Cancelled. Nothing was connected or saved.");
        assertThat(robot.lookup("#connectButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#profilePicker").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#connectButton").tryQuery()).as("the dialog stays open").isPresent();
        // the worker was interrupted: it stops waiting long before the portal's 20 s would have passed
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !workerStillWaitsForThePortal());
        assertThat(text(robot, "#connectionLabel")).isEqualTo("Not connected");

        ui.portal.faults().clear();
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        assertThat(ui.portal.requests("profile")).hasSize(2);
        ROWS.add("Settings and addresses", "Connect to a portal that answers after 20 s; Cancel after 1 s (real window)",
                1, "\"Connecting\u2026 N s\" counting each second, then \"Cancelled. Nothing was connected or saved.\"",
                "the form is editable again at once; the next Connect works", 0);
    }
}
