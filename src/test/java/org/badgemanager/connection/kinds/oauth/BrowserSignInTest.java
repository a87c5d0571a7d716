package org.badgemanager.connection.kinds.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.ConnectionHealth;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.reliability.ReliabilityRows;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.SandboxBrowser;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser sign-in of a local OAuth app, end to end against the sandbox: its authorize page, the redirect to the
 * loopback handler (or the pasted address), and the code exchange; with each way it can go wrong.
 */
class BrowserSignInTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BrowserSignInTest.class);
    private static final String AREA = "Browser sign-in";
    private static SandboxPortal portal;
    @TempDir Path home;

    @BeforeAll
    static void startPortal() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    private ConnectionService serviceWith(SandboxBrowser browser, Duration patience) {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        return new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(portal),
                Portals.fastOptions(), SafetyNets.inMemoryOnly(), new LiveSecrets(), new SignInDesk(browser, patience));
    }

    private ConnectionService serviceWith(SandboxBrowser browser) {
        return serviceWith(browser, Duration.ofSeconds(20));
    }

    private static ConnectionRequest newApp(int port) {
        return new ConnectionRequest(null, "My portal", Portals.newOAuthApp(portal, port));
    }

    private static BitrixException failureOf(Runnable signIn) {
        return catchThrowableOfType(BitrixException.class, signIn::run);
    }

    @Test
    void theAdminSignsInOnceAndTheSavedProfileConnectsWithoutTheBrowser() throws Exception {
        SandboxBrowser browser = new SandboxBrowser();
        ConnectionService service = serviceWith(browser);
        int exchanges = portal.codeExchanges();

        PortalSession session = service.open(newApp(Portals.freePort()));

        assertThat(service.probe(session)).contains("Anna Admin");
        assertThat(portal.codeExchanges()).isEqualTo(exchanges + 1);
        assertThat(browser.handlerAnswers).containsExactly(200);
        URI page = browser.opened.get(0);
        assertThat(page.getPath()).isEqualTo("/oauth/authorize/");
        assertThat(page.getQuery()).startsWith("client_id=" + portal.clientId() + "&state=").doesNotContain("secret");

        service.remember(service.identified(session.request()));
        String settings = Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains(portal.clientId(), "handlerPort")
                .doesNotContain(portal.clientSecret(), portal.accessToken(), portal.refreshToken());
        ConnectionRequest restored = service.restore(service.profiles().get(0));
        assertThat(service.canConnectUnattended(restored)).isTrue();
        assertThat(service.probe(service.open(restored))).contains("Anna Admin");
        assertThat(browser.opened).as("the saved tokens are used").hasSize(1);
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndNoCodeIsExchanged() {
        SandboxBrowser browser = new SandboxBrowser()
                .rewritingRedirect(address -> address.replaceFirst("state=[0-9a-f]+", "state=forged"));
        int exchanges = portal.codeExchanges();

        BitrixException refused = failureOf(() -> serviceWith(browser).open(newApp(Portals.freePort())));

        assertThat(refused.code()).isEqualTo("SIGNIN_STATE_MISMATCH");
        assertThat(portal.codeExchanges()).isEqualTo(exchanges);
        ROWS.add(AREA, "A redirect with another state reaches the loopback handler", 1,
                "SIGNIN_STATE_MISMATCH with advice to sign in again", "no code exchanged, nothing saved", 0);
    }

    @Test
    void deniedConsentEndsOnThePortalsPageAndTheAppStopsWaiting() {
        SandboxBrowser browser = new SandboxBrowser().denying();
        int exchanges = portal.codeExchanges();

        BitrixException ended = failureOf(() -> serviceWith(browser, Duration.ofMillis(700))
                .open(newApp(Portals.freePort())));

        assertThat(ended.code()).isEqualTo("SIGNIN_TIMEOUT");
        assertThat(browser.endedOn).contains("/oauth/authorize/");
        assertThat(browser.handlerAnswers).isEmpty();
        assertThat(portal.codeExchanges()).isEqualTo(exchanges);
        ROWS.add(AREA, "Consent denied in the browser (the portal shows its page, no redirect)", 1,
                "the dialog waits with Cancel; after its patience SIGNIN_TIMEOUT", "nothing saved", 0);
    }

    @Test
    void aWrongClientSecretIsNamedByTheOAuthServer() {
        OAuthDetails app = Portals.newOAuthApp(portal, Portals.freePort());
        OAuthDetails wrong = new OAuthDetails(app.portal(), app.clientId(), app.clientSecret() + "x", app.handlerPort(),
                null, null, null, null);

        BitrixException refused = failureOf(() -> serviceWith(new SandboxBrowser())
                .open(new ConnectionRequest(null, null, wrong)));

        assertThat(refused.code()).isEqualTo("invalid_client");
        assertThat(refused.getMessage()).doesNotContain(app.clientSecret());
        ROWS.add(AREA, "Wrong client secret at the code exchange", 1, "invalid_client with advice to check the"
                + " client id and secret; the secret is in no message", "nothing saved", 0);
    }

    @Test
    void aCodeThatExpiredBeforeTheExchangeIsRefused() {
        SandboxBrowser browser = new SandboxBrowser().rewritingRedirect(address -> {
            portal.expireAuthorizationCodes(); // the user took longer than 30 seconds
            return address;
        });

        BitrixException refused = failureOf(() -> serviceWith(browser).open(newApp(Portals.freePort())));

        assertThat(refused.code()).isEqualTo("invalid_grant");
        ROWS.add(AREA, "The code expired (30 s) before the exchange", 1, "invalid_grant: sign in again",
                "nothing saved", 0);
    }

    @Test
    void aSecondRedirectFindsTheSignInDoneAndExchangesNothing() throws Exception {
        SandboxBrowser browser = new SandboxBrowser().visitingHandler(2);
        int exchanges = portal.codeExchanges();

        PortalSession session = serviceWith(browser).open(newApp(Portals.freePort()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> browser.done);

        assertThat(portal.codeExchanges()).isEqualTo(exchanges + 1);
        assertThat(browser.handlerAnswers).hasSize(2).first().isEqualTo(200);
        // the listener answered once; the second visit found it closing (a short page) or closed (nobody there)
        assertThat(browser.handlerAnswers.get(1)).isIn(200, -1);
        assertThat(session.client().call("profile").result().path("ID").asText()).isEqualTo("1");
        ROWS.add(AREA, "The browser follows the redirect twice (reload, duplicate)", 1,
                "the second visit finds the sign-in done; one code exchange", "", 0);
    }

    @Test
    void aPortInUseIsNamedBeforeTheBrowserOpens() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SandboxBrowser browser = new SandboxBrowser();

            BitrixException refused = failureOf(() -> serviceWith(browser).open(newApp(taken.getLocalPort())));

            assertThat(refused.code()).isEqualTo("SIGNIN_PORT_IN_USE");
            assertThat(refused.description()).contains(String.valueOf(taken.getLocalPort()));
            assertThat(browser.opened).isEmpty();
            ROWS.add(AREA, "The handler port is in use by another program", 1,
                    "SIGNIN_PORT_IN_USE naming the port, before the browser opens", "", 0);
        }
    }

    @Test
    void theAddressTheBrowserEndedOnCanBePastedInstead() {
        List<Boolean> taken = new ArrayList<>();
        ConnectionService[] service = new ConnectionService[1];
        SandboxBrowser browser = new SandboxBrowser()
                .stoppingAtRedirect(address -> taken.add(service[0].signIns().offerPasted("  " + address + "\n")));
        service[0] = serviceWith(browser);

        PortalSession session = service[0].open(newApp(Portals.freePort()));

        assertThat(taken).containsExactly(true);
        assertThat(browser.handlerAnswers).as("the browser never reached the handler").isEmpty();
        assertThat(service[0].probe(session)).contains("Anna Admin");
        assertThat(service[0].signIns().offerPasted(browser.endedOn)).as("nothing waits any more").isFalse();
    }

    @Test
    void aRefusedRenewalIsReportedAndSigningInAgainKeepsTheSameSessionWorking() {
        SandboxBrowser browser = new SandboxBrowser();
        ConnectionService service = serviceWith(browser);
        PortalSession session = service.open(newApp(Portals.freePort()));
        List<String> heard = new ArrayList<>();
        session.client().watchHealth(new ConnectionHealth() {
            @Override
            public void signInRefused() {
                heard.add("refused");
            }
        });
        portal.expireAccessToken();
        portal.revokeRefreshToken();

        BitrixException refused = failureOf(() -> session.badges().list());
        assertThat(refused.code()).isEqualTo("invalid_grant");
        assertThat(heard).containsExactly("refused");

        service.signInAgain(session);

        assertThat(browser.opened).hasSize(2);
        assertThat(session.badges().list()).isNotEmpty();
    }

    @Test
    void theCodeGoesOnlyToABitrixOAuthServerOrToThisComputerForAPortalOnIt() {
        URI cloud = URI.create("https://my.bitrix24.com");
        URI box = URI.create("https://crm.corp.example");
        assertThat(BrowserSignIn.serverFor("oauth.bitrix.info", cloud)).hasToString("https://oauth.bitrix.info/");
        assertThat(BrowserSignIn.serverFor("oauth.bitrix24.tech", box)).hasToString("https://oauth.bitrix24.tech/");
        // a self-hosted portal naming itself: the docs say its own /oauth/token/ may not work; use the OAuth server
        assertThat(BrowserSignIn.serverFor("crm.corp.example", box)).hasToString("https://oauth.bitrix.info/");
        assertThat(BrowserSignIn.serverFor("evil.example", cloud)).hasToString("https://oauth.bitrix.info/");
        assertThat(BrowserSignIn.serverFor("127.0.0.1:9", cloud)).hasToString("https://oauth.bitrix.info/");
        assertThat(BrowserSignIn.serverFor("127.0.0.1:9", URI.create("http://127.0.0.1:9")))
                .hasToString("http://127.0.0.1:9/");
    }
}
