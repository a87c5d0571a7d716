package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.connection.ConnectionViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings and address cases of issue 14, through the connection form and the files it leaves: what the
 * user is told, what reaches the portal, what lands on disk.
 */
class SettingsAndAddressesTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SettingsAndAddressesTest.class);
    private static final String AREA = "Settings and addresses";
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<PortalSession> connected = new ArrayList<>();
    @TempDir Path home;
    private SandboxPortal portal;
    private ConnectionService service;
    private ConnectionViewModel form;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = serviceWith(LiveSecrets.process());
        form = new ConnectionViewModel(service, new SyncTaskRunner(), notifier, messages, connected::add);
    }

    private ConnectionService serviceWith(LiveSecrets held) {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        return new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(portal),
                Portals.fastOptions(), SafetyNets.inMemoryOnly(), held);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Path settingsFile() {
        return home.resolve("config").resolve("settings.json");
    }

    /** Every file under the settings folder, as text: where a password must never be. */
    private String everythingOnDisk() throws Exception {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    all.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private void fillOAuth() {
        form.kindProperty().set(ConnectionKind.OAUTH);
        form.clientEndpointProperty().set(portal.clientEndpoint());
        form.serverEndpointProperty().set(portal.serverEndpoint());
        form.clientIdProperty().set(portal.clientId());
        form.clientSecretProperty().set(portal.clientSecret());
        form.accessTokenProperty().set(portal.accessToken());
        form.refreshTokenProperty().set(portal.refreshToken());
    }

    @Test
    void profilesThatCannotBeReadAreSkippedAndNamedAndTheFileIsKept() throws Exception {
        String json = "{\"profiles\":[{\"id\":\"a\",\"name\":\"No kind\"},"
                + "{\"id\":\"b\",\"name\":\"From a newer version\",\"kind\":\"SSH\"},"
                + "{\"id\":\"c\",\"name\":\"Hook without address\",\"kind\":\"WEBHOOK\"},"
                + "{\"id\":\"s\",\"name\":\"Demo\",\"kind\":\"SANDBOX\"}],\"lastProfileId\":\"a\"}";
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile(), json);

        form.loadProfiles();

        assertThat(form.profiles()).extracting(p -> p.name()).containsExactly("Demo");
        String notice = form.settingsNoticeProperty().get();
        assertThat(notice).contains("\u201cNo kind\u201d", "no connection kind", "\u201cFrom a newer version\u201d",
                "unknown connection kind", "\u201cHook without address\u201d", "fields are missing");
        assertThat(Files.readString(settingsFile())).as("nothing rewritten until the user acts").isEqualTo(json);
        form.selectedProfileProperty().set(form.profiles().get(0));
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(Files.readString(settingsFile())).contains("\"No kind\"", "\"SSH\"", "\"Hook without address\"");
        ROWS.add(AREA, "Saved profiles without \"kind\", with an unknown kind, or missing fields", 3,
                "the connection form opens with the others listed and a line naming each skipped profile and why",
                "its entry stays in settings.json unchanged, also after later saves", 0);
    }

    @Test
    void userInfoInAnyAddressIsRefusedAndNeverReachesADisk() throws Exception {
        String password = "hunter2-pass";
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        form.webhookUrlProperty().set(portal.webhookUrl().replace("http://", "http://anna:" + password + "@"));
        assertThat(form.webhookError().get()).isEqualTo(messages.get("webhook.problem.USER_INFO"));
        form.connect();
        fillOAuth();
        form.clientEndpointProperty().set(portal.clientEndpoint().replace("http://", "http://anna:" + password + "@"));
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"));
        form.connect();
        form.clientEndpointProperty().set(portal.clientEndpoint());
        form.serverEndpointProperty().set(portal.serverEndpoint().replace("http://", "http://" + password + "@"));
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"));
        form.testConnection();

        assertThat(portal.requests()).isEmpty();
        assertThat(connected).isEmpty();
        assertThat(everythingOnDisk()).doesNotContain(password);
        ROWS.add(AREA, "user:password@ in the webhook URL, the OAuth portal address or the OAuth server address", 3,
                "inline: " + messages.get("oauth.problem.USER_INFO"), "Connect and Test stay disabled; nothing saved", 0);
    }

    @Test
    void portsOutsideTheRangeAreRefusedAtInput() {
        String[] ports = {"0", "65536", "99999", "123456789012"};
        for (String port : ports) {
            form.kindProperty().set(ConnectionKind.WEBHOOK);
            form.webhookUrlProperty().set("https://portal.example.com:" + port + "/rest/1/abcd1234efgh/");
            assertThat(form.webhookError().get()).as(port).isEqualTo(messages.get("webhook.problem.BAD_PORT"));
            fillOAuth();
            form.clientEndpointProperty().set("https://portal.example.com:" + port + "/rest/");
            assertThat(form.oauthError().get()).as(port).isEqualTo(messages.get("oauth.problem.BAD_PORT"));
            assertThat(form.validProperty().get()).isFalse();
        }
        form.clientEndpointProperty().set(portal.clientEndpoint());
        form.connect();
        assertThat(connected).as("a port in range still works").hasSize(1);
        ROWS.add(AREA, "Port 0, 65536, 99999 or too long for a number, in a webhook URL or an OAuth address",
                ports.length * 2, "inline: " + messages.get("webhook.problem.BAD_PORT"),
                "no call is made (before: NO_ANSWER IllegalArgumentException)", 0);
    }

    @Test
    void anIdnHostIsStoredAndUsedAsPunycode() throws Exception {
        form.kindProperty().set(ConnectionKind.OAUTH);
        fillOAuth();
        form.clientEndpointProperty().set("https://пример.рф/rest/\u00A0");
        form.serverEndpointProperty().set("\u202Fhttps://oauth.пример.рф/");
        assertThat(form.oauthError().get()).isNull();
        assertThat(form.addressNote().get()).isEqualTo("The host is used as xn--e1afmkfd.xn--p1ai.");

        service.remember(service.identified(form.toRequest()));

        String settings = Files.readString(settingsFile());
        assertThat(settings).contains("\"https://xn--e1afmkfd.xn--p1ai/rest/\"", "\"https://oauth.xn--e1afmkfd.xn--p1ai/\"")
                .doesNotContain("пример", "\u00A0", "\u202F");
        assertThat(service.open(service.restore(service.profiles().get(0))).client()).isNotNull();
        ROWS.add(AREA, "IDN host (пример.рф) in an OAuth address, with no-break spaces around it", 1,
                "accepted; the form says \"The host is used as xn--e1afmkfd.xn--p1ai.\"",
                "settings.json holds the punycode address", 0);
    }

    @Test
    void blanksAroundAnAddressAreTrimmedAndTheConnectionWorks() throws Exception {
        String[] blanks = {"\u00A0", "\u2007", "\u202F", " \t", "\u200B", "\u3000"};
        for (String blank : blanks) {
            form.kindProperty().set(ConnectionKind.WEBHOOK);
            form.webhookUrlProperty().set(blank + portal.webhookUrl() + blank);
            assertThat(form.webhookError().get()).as("blank U+%04X", (int) blank.charAt(0)).isNull();
        }
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(portal.requests("profile")).hasSize(1);
        assertThat(Files.readString(settingsFile())).doesNotContain("\u3000", "\u200B");
        ROWS.add(AREA, "Webhook URL pasted with no-break, figure, narrow, zero-width or ideographic spaces around it",
                blanks.length, "accepted and connected (before: \"This is not a web address.\")", "", 0);
    }

    @Test
    void aBareSecretTheAppHoldsIsMaskedInAnyText() {
        LiveSecrets held = new LiveSecrets();
        ConnectionService holding = serviceWith(held);
        holding.open(ConnectionRequest.webhook(portal.webhookUrl()));
        ConnectionRequest oauth = new ConnectionRequest(null, null, ConnectionKind.OAUTH, null, portal.clientEndpoint(),
                portal.serverEndpoint(), portal.clientId(), portal.clientSecret(), portal.accessToken(),
                portal.refreshToken());
        holding.open(oauth);
        String[] quoted = {
                "ERROR: the webhook " + portal.webhookCode() + " is disabled",
                "invalid_client (" + portal.clientSecret() + ")",
                "token=" + portal.accessToken() + ";refresh:" + portal.refreshToken()};
        for (String text : quoted) {
            assertThat(held.mask(text, "••••••")).doesNotContain(portal.webhookCode(), portal.clientSecret(),
                    portal.accessToken(), portal.refreshToken()).contains("••••••");
        }
        ROWS.add(AREA, "A webhook code, client secret or token quoted bare in a portal's error text", quoted.length,
                "masked as •••••• in the log and error details (the app's held secrets, not only patterns)", "", 0);
    }
}
