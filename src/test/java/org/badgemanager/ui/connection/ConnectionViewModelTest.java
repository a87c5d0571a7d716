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
}
