package org.badgemanager.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-hosted portal behind the company's own certificate authority: a TLS server whose CA is made here with the
 * JDK's keytool. The CA is trusted for the profile that pins it, and for nothing else.
 */
class PortalTrustTest {
    private static final String PASSWORD = "changeit";
    @TempDir static Path keys;
    private static HttpsServer server;
    private static String caPem;
    private static String otherCaPem;
    private static String webhookUrl;
    @TempDir Path home;

    @BeforeAll
    static void startPortalWithItsOwnCa() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Corp Test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", "ca.p12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        keytool("-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=crm.corp.test", "-validity", "2", "-keystore", "portal.p12");
        keytool("-certreq", "-alias", "portal", "-keystore", "portal.p12", "-file", "portal.csr");
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-infile", "portal.csr",
                "-outfile", "portal.pem", "-ext", "san=ip:127.0.0.1", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "portal.p12");
        keytool("-importcert", "-alias", "portal", "-file", "portal.pem", "-keystore", "portal.p12");
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Somebody Else CA", "-ext", "bc:c", "-validity", "2", "-keystore", "other.p12");
        keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", "other.p12", "-file", "other.pem");
        caPem = Files.readString(keys.resolve("ca.pem"));
        otherCaPem = Files.readString(keys.resolve("other.pem"));

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keys.resolve("portal.p12").toFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/rest/1/corpcode1234/profile", exchange -> {
            byte[] body = "{\"result\":{\"ID\":\"1\",\"NAME\":\"Box\",\"LAST_NAME\":\"Admin\",\"ADMIN\":true}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
        webhookUrl = "https://127.0.0.1:" + server.getAddress().getPort() + "/rest/1/corpcode1234/";
    }

    @AfterAll
    static void stopPortal() {
        server.stop(0);
    }

    private static String keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD, "-storetype", "PKCS12"));
        Process process = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + "\n" + output).isZero();
        return output;
    }

    private ConnectionService service() {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        return new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(),
                Portals.fastOptions());
    }

    private static ConnectionRequest webhookTrusting(String pem) {
        return new ConnectionRequest(null, null, new WebhookDetails(webhookUrl, new PortalTrust(pem, false)));
    }

    @Test
    void theProfileThatPinsTheCompanyCaConnectsAndRemembersThePin() throws Exception {
        ConnectionService service = service();
        assertThat(service.probe(service.open(webhookTrusting(caPem)))).contains("Box Admin");

        service.remember(service.identified(webhookTrusting(caPem)));
        assertThat(Files.readString(home.resolve("config/settings.json"))).contains("trustedCertificate")
                .doesNotContain("corpcode1234");
        ConnectionRequest restored = service.restore(service.profiles().get(0));
        assertThat(service.probe(service.open(restored))).contains("Box Admin");
    }

    @Test
    void everyOtherProfileStillRefusesThatPortal() {
        ConnectionService service = service();
        for (String pem : new String[] {null, otherCaPem}) {
            BitrixException refused = catchThrowableOfType(BitrixException.class,
                    () -> service.probe(service.open(webhookTrusting(pem))));
            assertThat(refused.code()).as(pem == null ? "no pin" : "another CA").isEqualTo(BitrixException.TLS_FAILED);
        }
        // pinning for one profile changed nothing for the next one opened without a pin
        service.probe(service.open(webhookTrusting(caPem)));
        assertThat(catchThrowableOfType(BitrixException.class,
                () -> service.probe(service.open(webhookTrusting(null)))).code()).isEqualTo(BitrixException.TLS_FAILED);
    }

    @Test
    void thePinnedCertificateIsShownWithItsFingerprintAndExpiry() throws Exception {
        String printed = keytool("-printcert", "-file", "ca.pem");
        PortalTrust.CertificateInfo info = PortalTrust.describe(caPem);
        assertThat(info.subject()).isEqualTo("CN=Corp Test CA");
        assertThat(printed).contains("SHA256: " + info.sha256());
        assertThat(info.notAfter()).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(3 * 24 * 3600));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PortalTrust.describe("not a cert")))
                .isNotNull();
    }
}
