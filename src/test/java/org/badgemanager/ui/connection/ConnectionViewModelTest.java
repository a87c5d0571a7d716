package org.badgemanager.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgemanager.session.ConnectionService;
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

/** The connection form: validation, OAuth profiles, and where the secrets end up. */
class ConnectionViewModelTest {
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
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        service = new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(portal),
                Portals.fastOptions());
        form = new ConnectionViewModel(service, new SyncTaskRunner(), notifier, messages, connected::add);
    }

    @AfterEach
    void stop() {
        portal.close();
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
    void theSandboxIsTheDefaultAndAlwaysValid() {
        assertThat(form.kindProperty().get()).isEqualTo(ConnectionKind.SANDBOX);
        assertThat(form.validProperty().get()).isTrue();
        form.connect();
        assertThat(connected).hasSize(1);
        assertThat(connected.get(0).badges().list()).isNotEmpty();
    }

    @Test
    void oauthNeedsSecureEndpointsAndEveryField() {
        fillOAuth();
        assertThat(form.validProperty().get()).isTrue();
        form.clientEndpointProperty().set("http://portal.example.com/rest/");
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.endpoint"));
        form.clientEndpointProperty().set(portal.clientEndpoint());
        form.refreshTokenProperty().set(" ");
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.missing"));
        form.connect();
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void anOAuthProfileKeepsItsSecretsOutOfTheSettingsAndRenewedTokensAreSaved() throws Exception {
        fillOAuth();
        form.connect();
        assertThat(connected).hasSize(1);
        String settings = Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains(portal.clientId())
                .doesNotContain(portal.clientSecret(), portal.accessToken(), portal.refreshToken());
        Path secrets = home.resolve("config/secrets.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");

        portal.expireAccessToken();
        connected.get(0).badges().list();
        assertThat(portal.refreshCount()).isEqualTo(1);
        assertThat(Files.readString(secrets)).contains(portal.accessToken(), portal.refreshToken());

        ConnectionViewModel reopened = new ConnectionViewModel(service, new SyncTaskRunner(), notifier, messages,
                connected::add);
        reopened.loadProfiles();
        assertThat(reopened.kindProperty().get()).isEqualTo(ConnectionKind.OAUTH);
        assertThat(reopened.accessTokenProperty().get()).isEqualTo(portal.accessToken());
        reopened.connect();
        assertThat(connected).hasSize(2);
    }

    @Test
    void aFailedConnectionNamesTheCodeAndConnectsNothing() {
        fillOAuth();
        form.accessTokenProperty().set("not-a-token");
        form.connect();
        assertThat(connected).isEmpty();
        assertThat(notifier.errorCodes()).containsExactly("invalid_token");
        assertThat(form.testResultProperty().get()).startsWith("invalid_token:");
        assertThat(form.testFailedProperty().get()).isTrue();
    }

    @Test
    void userInfoInAnOAuthAddressIsRefusedAndNeverStored() throws Exception {
        fillOAuth();
        String withPassword = portal.clientEndpoint().replace("http://", "http://anna:hunter2pass@");
        form.clientEndpointProperty().set(withPassword);
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"))
                .contains("user:password@");
        form.connect();
        form.testConnection();
        assertThat(portal.requests()).isEmpty();
        assertThat(connected).isEmpty();
        assertThat(home.resolve("config/settings.json")).doesNotExist();
        form.clientEndpointProperty().set(portal.clientEndpoint());
        form.serverEndpointProperty().set("https://u:hunter2pass@oauth.bitrix.info/");
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.USER_INFO"));
    }

    @Test
    void aPortOutsideTheRangeIsRefusedAtInput() {
        fillOAuth();
        form.clientEndpointProperty().set("https://portal.example.com:99999/rest/");
        assertThat(form.oauthError().get()).isEqualTo(messages.get("oauth.problem.BAD_PORT")).contains("65535");
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        form.webhookUrlProperty().set("https://portal.example.com:0/rest/1/abcd1234efgh/");
        assertThat(form.webhookError().get()).isEqualTo(messages.get("webhook.problem.BAD_PORT"));
        form.webhookUrlProperty().set("https://me:pw@portal.example.com/rest/1/abcd1234efgh/");
        assertThat(form.webhookError().get()).isEqualTo(messages.get("webhook.problem.USER_INFO"));
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void anIdnHostIsAcceptedAndTheFormSaysWhichHostIsUsed() {
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        form.webhookUrlProperty().set("https://пример.рф/rest/1/abcd1234efgh/\u00A0");
        assertThat(form.webhookError().get()).isNull();
        assertThat(form.addressNote().get()).isEqualTo(messages.get("connection.hostUsed", "xn--e1afmkfd.xn--p1ai"))
                .doesNotContain("abcd1234efgh");
        form.webhookUrlProperty().set("https://portal.example.com/rest/1/abcd1234efgh/");
        assertThat(form.addressNote().get()).isNull();
        fillOAuth();
        form.clientEndpointProperty().set("https://пример.рф/rest/");
        assertThat(form.oauthError().get()).isNull();
        assertThat(form.addressNote().get()).contains("xn--e1afmkfd.xn--p1ai");
    }

    @Test
    void aWebhookWithNoBreakSpacesAroundItConnects() {
        form.kindProperty().set(ConnectionKind.WEBHOOK);
        form.webhookUrlProperty().set("\u00A0" + portal.webhookUrl() + "\u202F\u2007");
        assertThat(form.webhookError().get()).isNull();
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
        assertThat(waiting.testResultProperty().get()).startsWith("Connected: Sandbox");
        waiting.cancelWaiting(); // nothing to cancel: the result stays
        assertThat(waiting.testResultProperty().get()).startsWith("Connected: Sandbox");
    }
}
