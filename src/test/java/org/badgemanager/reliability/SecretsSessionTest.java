package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.app.AppLogging;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.settings.ConnectionKind;

import org.badgemanager.ui.SandboxUi;
import org.badgemanager.ui.UiHarness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A whole session on the real window with known secrets: connect with a webhook and with an OAuth app through
 * the connection dialog, add, edit and delete a badge, provoke errors (a server error, a redirect to another
 * host, a proxy page, an expired token renewed, a refresh refused). Then every place text goes is searched for
 * the webhook code, the client secret and every access and refresh token the session saw: the log file and
 * every log record, the clients' request logs, the settings file, every popup, and the text of every node of
 * every window. ({@link NotifierSecretsTest} searches the exceptions handed to the notifier.)
 */
@ExtendWith(SandboxUi.class)
class SecretsSessionTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SecretsSessionTest.class);
    private static final String CODE = "SecretHook4242xyzQ";
    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<String> records = new CopyOnWriteArrayList<>();
    private final List<BitrixClient> clients = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final List<Handler> handlersBefore = List.of(root.getHandlers());
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder all = new StringBuilder(format.format(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                all.append(t).append('\n');
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                all.append(trace);
            }
            records.add(all.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults().noRateLimit().webhookCode(CODE));
    private int scannedNodes;
    private int screens;

    @Start
    void start(Stage stage) {
        AppLogging.install(ui.home.resolve("data"));
        capture.setLevel(Level.INFO);
        root.addHandler(capture);
        ui.show(stage);
    }

    @AfterEach
    void stop() {
        for (Handler h : root.getHandlers()) {
            if (!handlersBefore.contains(h)) {
                root.removeHandler(h);
                h.close();
            }
        }
    }

    private void rememberSecrets() {
        secrets.add(CODE);
        secrets.add(ui.portal.clientSecret());
        secrets.add(ui.portal.accessToken());
        secrets.add(ui.portal.refreshToken());
    }

    private void noSecretIn(String where, String text) {
        for (String secret : secrets) {
            assertThat(text).as("%s shows a secret", where).doesNotContain(secret);
        }
    }

    /** What a screenshot would show: every label, text node, tooltip and title of every open window. */
    private void noSecretOnScreen(FxRobot robot) {
        screens++;
        robot.interact(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window instanceof Stage s && s.getTitle() != null) {
                    noSecretIn("window title", s.getTitle());
                }
                if (window.getScene() != null) {
                    scan(window.getScene().getRoot());
                }
            }
        });
    }

    private void scan(Node node) {
        scannedNodes++;
        if (node instanceof Labeled l && l.getText() != null) {
            noSecretIn("label " + node.getId(), l.getText());
        }
        if (node instanceof Labeled l && l.getTooltip() != null) {
            noSecretIn("tooltip", l.getTooltip().getText());
        }
        if (node instanceof Text t && t.getText() != null) {
            noSecretIn("text node", t.getText());
        }
        if (node instanceof TextInputControl input && !(input instanceof PasswordField)) {
            noSecretIn("field " + node.getId(), input.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(this::scan);
        }
    }

    private void setText(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private void refreshAndWaitForPopup(FxRobot robot, String code) {
        robot.clickOn("#refreshButton");
        waitUntil(() -> popupShows(robot, code));
    }

    @Test
    void noSecretAppearsInLogsRequestLogsSettingsPopupsOrOnScreen(FxRobot robot) throws IOException {
        rememberSecrets();
        // 1. webhook, through the connection dialog
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        setText(robot, "#webhookField", ui.portal.webhookUrl());
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        clients.add(ui.window.session().client());
        noSecretOnScreen(robot);

        // 2. add, edit, delete a badge
        robot.clickOn("#addButton");
        robot.clickOn("#sameForAllCheck");
        setText(robot, "#codeField", "leakProbe");
        setText(robot, "#plainTitleField", "Probe");
        setText(robot, "#plainValueField", "P");
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("leakProbe").isPresent() && tableHas(robot, "leakProbe"));
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(r -> r.code().equals("leakProbe")).findFirst().orElseThrow()));
        robot.clickOn("#editButton");
        robot.interact(() -> robot.lookup("#typePicker").queryAs(ComboBox.class).setValue(BadgeType.FAILURE));
        robot.clickOn("#saveButton");
        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.code().equals("leakProbe") && r.badge().type() == BadgeType.FAILURE));
        robot.clickOn("leakProbe");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> ui.portal.badge("leakProbe").isEmpty() && !tableHas(robot, "leakProbe"));
        noSecretOnScreen(robot);

        // 3. errors: a server error, a redirect whose Location carries the code, a proxy page
        ui.portal.faults().failNext("crm.activity.badge.list", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        refreshAndWaitForPopup(robot, "INTERNAL_SERVER_ERROR");
        ui.portal.faults().redirectNext("crm.activity.badge.list",
                "https://moved.example/rest/1/" + CODE + "/crm.activity.badge.list?auth=" + ui.portal.accessToken());
        refreshAndWaitForPopup(robot, "PORTAL_MOVED");
        for (int i = 0; i < 4; i++) {
            ui.portal.faults().answerNext("crm.activity.badge.list", 502, "text/html",
                    "<html>502 for /rest/1/" + CODE + "/</html>");
        }
        refreshAndWaitForPopup(robot, "UNEXPECTED_RESPONSE");
        noSecretOnScreen(robot);

        // 4. OAuth app, through the connection dialog
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#profilePicker").queryAs(ComboBox.class).setValue(null));
        robot.clickOn("#oauthRadio");
        setText(robot, "#clientEndpointField", ui.portal.clientEndpoint());
        setText(robot, "#serverEndpointField", ui.portal.serverEndpoint());
        setText(robot, "#clientIdField", ui.portal.clientId());
        setText(robot, "#clientSecretField", ui.portal.clientSecret());
        setText(robot, "#accessTokenField", ui.portal.accessToken());
        setText(robot, "#refreshTokenField", ui.portal.refreshToken());
        noSecretOnScreen(robot);
        robot.clickOn("#connectButton");
        waitUntil(() -> ui.window.session() != null && ui.window.session().kind() == ConnectionKind.OAUTH
                && tableHas(robot, "missedCall"));
        clients.add(ui.window.session().client());

        // 5. the access token expires: renewed without a word; then the refresh token is revoked
        ui.portal.expireAccessToken();
        int refreshes = ui.portal.refreshCount();
        robot.clickOn("#refreshButton");
        waitUntil(() -> ui.portal.refreshCount() == refreshes + 1);
        rememberSecrets();
        ui.portal.expireAccessToken();
        ui.portal.revokeRefreshToken();
        refreshAndWaitForPopup(robot, "invalid_grant");
        noSecretOnScreen(robot);

        // 6. the saved profiles, as the dialog shows them again
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<org.badgemanager.settings.Profile> picker = robot.lookup("#profilePicker").queryAs(ComboBox.class);
            picker.setValue(picker.getItems().stream().filter(p -> p.kind() == ConnectionKind.WEBHOOK).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#webhookField").queryAs(TextInputControl.class).getText().contains("••••••"));
        noSecretOnScreen(robot);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<org.badgemanager.settings.Profile> picker = robot.lookup("#profilePicker").queryAs(ComboBox.class);
            picker.setValue(picker.getItems().stream().filter(p -> p.kind() == ConnectionKind.OAUTH).findFirst().orElseThrow());
        });
        waitUntil(() -> !robot.lookup("#accessTokenField").queryAs(PasswordField.class).getText().isEmpty());
        noSecretOnScreen(robot);

        // the scans that are not on screen
        assertThat(records).as("log records were captured").isNotEmpty();
        records.forEach(r -> noSecretIn("log record", r));
        Path logs = ui.home.resolve("data").resolve("logs");
        long logFiles;
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".log")).toList();
            logFiles = all.size();
            for (Path f : all) {
                noSecretIn("log file " + f.getFileName(), Files.readString(f));
            }
        }
        assertThat(logFiles).isPositive();
        for (BitrixClient client : clients) {
            String entries = client.requestLog().entries().toString();
            assertThat(entries).contains("crm.activity.badge.list");
            noSecretIn("request log", entries);
            noSecretIn("connection description", client.connection().toString());
        }
        Path config = ui.home.resolve("config");
        noSecretIn("settings.json", Files.readString(config.resolve("settings.json")));
        assertThat(Files.readString(config.resolve("settings.json"))).contains("••••••");
        Path secretFile = config.resolve("secrets.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(config)) {
            for (Path f : files.filter(f -> !f.equals(secretFile)).toList()) {
                noSecretIn(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        ROWS.add("Secrets", "Full UI session: webhook and OAuth connect through the dialog, add/edit/delete, "
                + "500, redirect carrying the code, proxy page, token renewed, refresh refused; " + secrets.size()
                + " known secrets searched", records.size() + logFiles + clients.size() + 1 + screens,
                "no secret in " + records.size() + " log records, " + logFiles + " log file(s), " + clients.size()
                        + " request logs, settings.json, " + screens + " screens (" + scannedNodes
                        + " nodes of every open window)",
                "secrets.json is rw------- and is the only file holding them", 0);
    }
}
