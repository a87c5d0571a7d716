package org.badgemanager.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Instant;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.connection.kinds.oauth.OAuthDetails;
import org.badgemanager.connection.kinds.oauth.OAuthForm;
import org.badgemanager.connection.kinds.webhook.WebhookForm;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.testutil.SandboxBrowser;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection form: validation, OAuth sign-in through the browser, and where the secrets end up. */
class ConnectionViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<PortalSession> connected = new ArrayList<>();
    private final SandboxBrowser browser = new SandboxBrowser();
    @TempDir Path home;
    private SandboxPortal portal;
    private ConnectionService service;
    private ConnectionViewModel form;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        service = ConnectionService.withBrowser(SettingsStore.in(dirs), FileSecretStore.in(dirs),
                new EmbeddedSandbox(portal), Portals.fastOptions(), browser);
        form = new ConnectionViewModel(service, new SyncTaskRunner(), notifier, messages, connected::add);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** The admin's first visit: portal, client id and secret typed; the browser signs in. */
    private OAuthForm fillNewOAuth() {
        form.kindProperty().set(ConnectionKind.OAUTH);
        OAuthForm oauth = form.form(ConnectionKind.OAUTH, OAuthForm.class);
        portal.registerHandler(oauth.handlerAddress().get());
        oauth.portalProperty().set(portal.portalAddress());
        oauth.clientIdProperty().set(portal.clientId());
        oauth.clientSecretProperty().set(portal.clientSecret());
        return oauth;
    }

    @Test
    void theSandboxIsTheDefaultAndAlwaysValid() {
        assertThat(form.kindProperty().get()).isEqualTo(ConnectionKind.SANDBOX);
        assertThat(form.validProperty().get()).isTrue();
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(connected.get(0).badges().list()).isNotEmpty();
        assertThat(form.testResultProperty().get()).startsWith("Works: Sandbox");
    }

    @Test
    void aNewOAuthFormSaysNothingBeforeAnythingIsTypedAndNeedsEveryField() {
        form.kindProperty().set(ConnectionKind.OAUTH);
        OAuthForm oauth = form.form(ConnectionKind.OAUTH, OAuthForm.class);
        assertThat(form.problem().get()).isNull();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.needsSignIn().get()).isTrue();
        assertThat(oauth.handlerAddress().get()).matches("http://127\\.0\\.0\\.1:\\d+/");
        oauth.portalProperty().set("http://portal.example.com/");
        assertThat(form.problem().get()).isEqualTo(messages.get("oauth.problem.portal"));
        oauth.portalProperty().set(portal.portalAddress());
        oauth.clientIdProperty().set(portal.clientId());
        assertThat(form.validProperty().get()).as("no client secret yet").isFalse();
        form.connect();
        assertThat(portal.requests()).isEmpty();
        assertThat(browser.opened).isEmpty();
    }

    @Test
    void anOAuthAppSignsInThroughTheBrowserKeepsItsSecretsOutOfTheSettingsAndRenewedTokensAreSaved()
            throws Exception {
        fillNewOAuth();
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(browser.opened).hasSize(1);
        assertThat(browser.opened.get(0).toString()).startsWith(portal.portalAddress() + "/oauth/authorize/?client_id="
                + portal.clientId() + "&state=");
        assertThat(portal.codeExchanges()).isEqualTo(1);
        String settings = Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains(portal.clientId())
                .doesNotContain(portal.clientSecret(), portal.accessToken(), portal.refreshToken());
        Path secrets = home.resolve("config/secrets.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(Files.readString(secrets)).contains(portal.accessToken(), portal.refreshToken());

        portal.expireAccessToken();
        connected.get(0).badges().list();
        assertThat(portal.refreshCount()).isEqualTo(1);
        assertThat(Files.readString(secrets)).contains(portal.accessToken(), portal.refreshToken());

        ConnectionViewModel reopened = new ConnectionViewModel(service, new SyncTaskRunner(), notifier, messages,
                connected::add);
        reopened.loadProfiles();
        assertThat(reopened.kindProperty().get()).isEqualTo(ConnectionKind.OAUTH);
        assertThat(reopened.needsSignIn().get()).as("the saved tokens are used").isFalse();
        reopened.connect();
        assertThat(connected).hasSize(2);
        assertThat(browser.opened).as("no second sign-in").hasSize(1);
    }

    @Test
    void aTestThatSignedInKeepsTheTokensSoConnectDoesNotSignInAgain() {
        fillNewOAuth();
        form.testConnection();
        assertThat(form.testResultProperty().get()).startsWith("Works: 127.0.0.1");
        assertThat(form.needsSignIn().get()).isFalse();
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(browser.opened).hasSize(1);
        assertThat(portal.codeExchanges()).isEqualTo(1);
    }

    @Test
    void aFailedConnectionNamesTheCodeAndConnectsNothing() {
        form.kindProperty().set(ConnectionKind.OAUTH);
        OAuthDetails saved = Portals.signedInOAuth(portal, portal.clientSecret());
        form.form(ConnectionKind.OAUTH).load(new OAuthDetails(saved.portal(), saved.clientId(), saved.clientSecret(),
                0, new OAuthTokens("not-a-token", "r", Instant.now()), saved.clientEndpoint(),
                saved.serverEndpoint(), null));
        form.connect();
        assertThat(connected).isEmpty();
        assertThat(notifier.errorCodes()).containsExactly("invalid_token");
        assertThat(form.testResultProperty().get()).startsWith("invalid_token:");
        assertThat(form.testFailedProperty().get()).isTrue();
    }

    @Test
    void userInfoInAnOAuthAddressIsRefusedAndNeverStored() throws Exception {
        OAuthForm oauth = fillNewOAuth();
        String withPassword = portal.portalAddress().replace("http://", "http://anna:hunter2pass@");
        oauth.portalProperty().set(withPassword);
        assertThat(form.problem().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"))
                .contains("user:password@");
        form.connect();
        form.testConnection();
        assertThat(portal.requests()).isEmpty();
        assertThat(connected).isEmpty();
        assertThat(home.resolve("config/settings.json")).doesNotExist();
    }

    @Test
    void aPortOutsideTheRangeIsRefusedAtInput() {
        fillNewOAuth().portalProperty().set("https://portal.example.com:99999/");
        assertThat(form.problem().get()).isEqualTo(messages.get("oauth.problem.BAD_PORT")).contains("65535");
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        WebhookForm hook = form.form(ConnectionKind.WEBHOOK, WebhookForm.class);
        hook.urlProperty().set("https://portal.example.com:0/rest/1/abcd1234efgh/");
        assertThat(form.problem().get()).isEqualTo(messages.get("webhook.problem.BAD_PORT"));
        hook.urlProperty().set("https://me:pw@portal.example.com/rest/1/abcd1234efgh/");
        assertThat(form.problem().get()).isEqualTo(messages.get("webhook.problem.USER_INFO"));
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void anIdnHostIsAcceptedAndTheFormSaysWhichHostIsUsed() {
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        WebhookForm hook = form.form(ConnectionKind.WEBHOOK, WebhookForm.class);
        hook.urlProperty().set("https://пример.рф/rest/1/abcd1234efgh/\u00A0");
        assertThat(form.problem().get()).isNull();
        assertThat(form.addressNote().get()).isEqualTo(messages.get("connection.hostUsed", "xn--e1afmkfd.xn--p1ai"))
                .doesNotContain("abcd1234efgh");
        hook.urlProperty().set("https://portal.example.com/rest/1/abcd1234efgh/");
        assertThat(form.addressNote().get()).isNull();
        fillNewOAuth().portalProperty().set("https://пример.рф/");
        assertThat(form.problem().get()).isNull();
        assertThat(form.addressNote().get()).contains("xn--e1afmkfd.xn--p1ai");
    }

    @Test
    void aWebhookWithNoBreakSpacesAroundItConnects() {
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        form.form(ConnectionKind.WEBHOOK, WebhookForm.class).urlProperty()
                .set("\u00A0" + portal.webhookUrl() + "\u202F\u2007");
        assertThat(form.problem().get()).isNull();
        form.connect();
        assertThat(connected).hasSize(1);
    }

    @Test
    void unreadableProfilesAreNamedInTheFormAndTheOthersAreListed() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/settings.json"), "{\"profiles\":[{\"id\":\"x\",\"name\":\"Old portal\"},"
                + "{\"id\":\"s\",\"name\":\"My sandbox\",\"kind\":\"SANDBOX\"}],\"lastProfileId\":\"s\"}");
        form.loadProfiles();
        assertThat(form.profiles()).extracting(p -> p.name()).containsExactly("My sandbox");
        assertThat(form.selectedProfileProperty().get().name()).isEqualTo("My sandbox");
        assertThat(form.settingsNoticeProperty().get()).isEqualTo(messages.get("connection.profileSkipped",
                "Old portal", messages.get("connection.profileSkipped.NO_KIND")));
    }

    @Test
    void whileConnectingTheFormCountsTheSecondsAndCancelGivesItBack() {
        long[] now = {5_000_000_000L};
        ManualTaskRunner manual = new ManualTaskRunner();
        ConnectionViewModel waiting = new ConnectionViewModel(service, manual, notifier, messages, connected::add,
                () -> now[0]);
        waiting.connect();
        assertThat(waiting.busyProperty().get()).isTrue();
        assertThat(waiting.testResultProperty().get()).isEqualTo("Connecting\u2026 0 s");
        now[0] += 3_400_000_000L;
        waiting.updateElapsed();
        assertThat(waiting.testResultProperty().get()).isEqualTo("Connecting\u2026 3 s");

        waiting.cancelWaiting();

        assertThat(waiting.busyProperty().get()).isFalse();
        assertThat(waiting.testResultProperty().get()).isEqualTo(messages.get("connection.cancelled"));
        manual.runAll(); // the answer arrives after the cancel: it is dropped
        assertThat(connected).isEmpty();
        assertThat(notifier.errors).isEmpty();
        assertThat(waiting.testResultProperty().get()).isEqualTo(messages.get("connection.cancelled"));
        waiting.updateElapsed();
        assertThat(waiting.testResultProperty().get()).isEqualTo(messages.get("connection.cancelled"));
    }

    @Test
    void aTestThatEndsWhileWaitingStopsTheCountAndAStaleAnswerIsIgnored() {
        long[] now = {0};
        ManualTaskRunner manual = new ManualTaskRunner();
        ConnectionViewModel waiting = new ConnectionViewModel(service, manual, notifier, messages, connected::add,
                () -> now[0]);
        waiting.testConnection();
        now[0] = 2_000_000_000L;
        waiting.updateElapsed();
        assertThat(waiting.testResultProperty().get()).isEqualTo("Testing\u2026 2 s");
        waiting.cancelWaiting();
        waiting.testConnection();
        assertThat(manual.queued()).isEqualTo(2);
        manual.runAll();
        assertThat(waiting.busyProperty().get()).isFalse();
        assertThat(waiting.testResultProperty().get()).startsWith("Works: Sandbox");
        waiting.cancelWaiting(); // nothing to cancel: the result stays
        assertThat(waiting.testResultProperty().get()).startsWith("Works: Sandbox");
    }
}
