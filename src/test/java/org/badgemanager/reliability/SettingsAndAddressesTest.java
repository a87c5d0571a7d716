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
import org.badgemanager.connection.kinds.oauth.OAuthDetails;
import org.badgemanager.connection.kinds.oauth.OAuthForm;
import org.badgemanager.connection.kinds.webhook.WebhookForm;
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

    /** An OAuth app as restored from a saved profile: signed in, tokens kept. */
    private OAuthForm fillOAuth() {
        form.kindProperty().set(ConnectionKind.OAUTH);
        OAuthForm oauth = form.form(ConnectionKind.OAUTH, OAuthForm.class);
        oauth.load(Portals.signedInOAuth(portal, portal.clientSecret()));
        return oauth;
    }

    private WebhookForm webhook() {
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        return form.form(ConnectionKind.WEBHOOK, WebhookForm.class);
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
        webhook().urlProperty().set(portal.webhookUrl().replace("http://", "http://anna:" + password + "@"));
        assertThat(form.problem().get()).isEqualTo(messages.get("webhook.problem.USER_INFO"));
        form.connect();
        OAuthForm oauth = fillOAuth();
        oauth.portalProperty().set(portal.portalAddress().replace("http://", "http://anna:" + password + "@"));
        assertThat(form.problem().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"));
        form.connect();
        form.testConnection();

        assertThat(portal.requests()).isEmpty();
        assertThat(connected).isEmpty();
        assertThat(everythingOnDisk()).doesNotContain(password);
        ROWS.add(AREA, "user:password@ in the webhook URL or the OAuth portal address", 2,
                "inline: " + messages.get("oauth.problem.USER_INFO"), "Connect and Test stay disabled; nothing saved", 0);
    }

    @Test
    void portsOutsideTheRangeAreRefusedAtInput() {
        String[] ports = {"0", "65536", "99999", "123456789012"};
        for (String port : ports) {
            webhook().urlProperty().set("https://portal.example.com:" + port + "/rest/1/abcd1234efgh/");
            assertThat(form.problem().get()).as(port).isEqualTo(messages.get("webhook.problem.BAD_PORT"));
            fillOAuth().portalProperty().set("https://portal.example.com:" + port + "/");
            assertThat(form.problem().get()).as(port).isEqualTo(messages.get("oauth.problem.BAD_PORT"));
            assertThat(form.validProperty().get()).isFalse();
        }
        fillOAuth();
        form.connect();
        assertThat(connected).as("a port in range still works").hasSize(1);
        ROWS.add(AREA, "Port 0, 65536, 99999 or too long for a number, in a webhook URL or an OAuth address",
                ports.length * 2, "inline: " + messages.get("webhook.problem.BAD_PORT"),
                "no call is made (before: NO_ANSWER IllegalArgumentException)", 0);
    }

    @Test
    void anIdnHostIsStoredAndUsedAsPunycode() throws Exception {
        OAuthForm oauth = fillOAuth();
        oauth.portalProperty().set("\u202Fhttps://пример.рф/\u00A0");
        assertThat(form.problem().get()).isNull();
        assertThat(form.addressNote().get()).isEqualTo("The host is used as xn--e1afmkfd.xn--p1ai.");

        service.remember(service.identified(form.toRequest()));

        String settings = Files.readString(settingsFile());
        assertThat(settings).contains("\"https://xn--e1afmkfd.xn--p1ai\"").doesNotContain("пример", "\u00A0", "\u202F");
        assertThat(((OAuthDetails) service.restore(service.profiles().get(0)).details()).portal())
                .isEqualTo("https://xn--e1afmkfd.xn--p1ai");
        ROWS.add(AREA, "IDN host (пример.рф) in an OAuth portal address, with no-break spaces around it", 1,
                "accepted; the form says \"The host is used as xn--e1afmkfd.xn--p1ai.\"",
                "settings.json holds the punycode address", 0);
    }

    @Test
    void blanksAroundAnAddressAreTrimmedAndTheConnectionWorks() throws Exception {
        String[] blanks = {"\u00A0", "\u2007", "\u202F", " \t", "\u200B", "\u3000"};
        for (String blank : blanks) {
            webhook().urlProperty().set(blank + portal.webhookUrl() + blank);
            assertThat(form.problem().get()).as("blank U+%04X", (int) blank.charAt(0)).isNull();
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
        ConnectionRequest oauth = new ConnectionRequest(null, null, Portals.signedInOAuth(portal, portal.clientSecret()));
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
