package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.bitrix.SecretMasker;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret the app holds is masked in any text, not only where a pattern expects it: a bare webhook code quoted
 * in a portal's error text, a token in a sentence, a renewed token.
 */
class HeldSecretsMaskingTest {
    private final LiveSecrets held = new LiveSecrets();
    @TempDir Path home;
    private SandboxPortal portal;
    private ConnectionService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        service = new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(portal),
                Portals.fastOptions(), SafetyNets.inMemoryOnly(), held);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String logLine(String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        return new AppLogging.MaskingFormatter().format(record);
    }

    @Test
    void aBareWebhookCodeInAPortalsErrorTextIsMaskedOnceTheConnectionIsMade() {
        String code = portal.webhookCode();
        String portalText = "ERROR_METHOD: webhook " + code + " has no crm scope";
        assertThat(SecretMasker.mask(portalText, held)).as("not held yet: no pattern matches a bare code")
                .contains(code);

        service.open(ConnectionRequest.webhook(portal.webhookUrl()));

        assertThat(SecretMasker.mask(portalText, held)).doesNotContain(code).contains("webhook •••••• has");
    }

    @Test
    void oauthSecretsAreMaskedAndARenewedTokenToo() {
        ConnectionRequest request = new ConnectionRequest("p1", null,
                Portals.signedInOAuth(portal, portal.clientSecret()));
        PortalSession session = service.open(request);
        String text = String.join(" | ", portal.clientSecret(), portal.accessToken(), portal.refreshToken());
        assertThat(SecretMasker.mask(text, held)).isEqualTo("•••••• | •••••• | ••••••");

        portal.expireAccessToken();
        session.badges().list();
        assertThat(portal.refreshCount()).isEqualTo(1);
        String renewed = "token " + portal.accessToken() + " and " + portal.refreshToken();
        assertThat(SecretMasker.mask(renewed, held)).isEqualTo("token •••••• and ••••••");
    }

    @Test
    void secretsOfASavedProfileAreHeldAsSoonAsTheyAreRead() {
        ConnectionRequest first = service.identified(ConnectionRequest.webhook(portal.webhookUrl()));
        service.remember(first);
        LiveSecrets fresh = new LiveSecrets();
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        ConnectionService restarted = new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs),
                new EmbeddedSandbox(portal), Portals.fastOptions(), SafetyNets.inMemoryOnly(), fresh);

        restarted.restore(restarted.profiles().get(0));

        assertThat(SecretMasker.mask("quoted: " + portal.webhookCode(), fresh)).isEqualTo("quoted: ••••••");
    }

    @Test
    void theLogFormatterUsesTheProcessRegistry() {
        String secret = "held-in-process-" + System.nanoTime();
        LiveSecrets.process().hold(secret);
        assertThat(logLine("the portal echoed " + secret + " back")).doesNotContain(secret).contains("••••••");
    }
}
