package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.ui.common.ErrorMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on the way to the portal, through the badge table's view model: nobody listening, a name that does not
 * resolve, a certificate nobody trusts, a server that never accepts the connection. Everything stays on
 * 127.0.0.x; the .invalid name is resolved from the loopback-only hosts file the test JVM is given.
 */
class NetworkFaultsTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(NetworkFaultsTest.class);
    private static final String CODE = "abcd1234efgh5678";
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private static ErrorMessage refreshFails(FaultRig rig, BitrixClient client, String code) {
        rig.connect(client);
        assertThat(rig.notifier.errors).hasSize(1);
        ErrorMessage told = rig.lastError();
        assertThat(told.code()).isEqualTo(code);
        assertThat(told.advice()).isEqualTo(rig.specificAdvice(code));
        assertThat(rig.tableCodes()).isEmpty();
        return told;
    }

    @Test
    void nobodyListeningIsConnectionFailedAndTheNextCallWorksOnceThePortalIsUp() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        FaultRig rig = new FaultRig();
        BitrixClient client = FaultRig.webhook("http://127.0.0.1:" + port + "/rest/1/" + CODE + "/");
        ErrorMessage told = refreshFails(rig, client, "CONNECTION_FAILED");
        assertThat(client.requestLog().entries()).as("never sent, so never repeated").hasSize(1);

        SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().port(port).noRateLimit().webhookCode(CODE));
        closeables.add(portal);
        rig.table.refresh();
        assertThat(rig.notifier.errors).hasSize(1);
        assertThat(rig.tableCodes()).hasSize(portal.badges().size());
        ROWS.add(PortalFaultsTest.NETWORK, "Connection refused (portal down), then the portal comes back", 1,
                "`CONNECTION_FAILED`; the same session works once the portal is up", told.advice(), 0);
    }

    @Test
    void aNameThatDoesNotResolveIsConnectionFailed() {
        FaultRig rig = new FaultRig();
        ErrorMessage told = refreshFails(rig, FaultRig.webhook("https://portal.invalid/rest/1/" + CODE + "/"),
                "CONNECTION_FAILED");
        assertThat(told.description()).contains("could not be resolved");
        SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        closeables.add(portal);
        rig.connect(FaultRig.webhook(portal.webhookUrl()));
        assertThat(rig.notifier.errors).hasSize(1);
        assertThat(rig.tableCodes()).hasSize(portal.badges().size());
        ROWS.add(PortalFaultsTest.NETWORK, "DNS failure (portal.invalid)", 1,
                "`CONNECTION_FAILED` \"" + told.description() + "\"; reconnecting to a good portal works", told.advice(), 0);
    }

    @Test
    void aServerThatNeverAcceptsTimesOutAsConnectionFailed() throws Exception {
        // a listening socket whose accept queue is full: new connections are never completed
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        closeables.add(full);
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
                fillers.add(s);
                closeables.add(s);
            } catch (java.io.IOException queueFull) {
                s.close();
                break;
            }
        }
        ClientOptions options = FaultRig.OPTIONS.withTimeouts(Duration.ofMillis(300), Duration.ofMillis(400));
        BitrixClient client = new BitrixClient(WebhookConnection.parse(
                "http://127.0.0.1:" + full.getLocalPort() + "/rest/1/" + CODE + "/"), options);
        FaultRig rig = new FaultRig();
        long started = System.nanoTime();
        rig.connect(client);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ErrorMessage told = rig.lastError();
        assertThat(told).isNotNull();
        // a connect timeout proper (never sent) or, where the OS completes the handshake for the backlog, a read
        // timeout (no answer): either way the user waits the configured time, not the OS's minutes
        assertThat(told.code()).isIn("CONNECTION_FAILED", "NO_ANSWER");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        ROWS.add(PortalFaultsTest.NETWORK, "Connect timeout (server never accepts; connect timeout 0.3 s)", 1,
                "`" + told.code() + "` within " + took.toMillis() / 100 * 100 + " ms", told.advice(), 0);
    }

    @Test
    void aSelfSignedCertificateIsRefusedAndNeverBypassed() throws Exception {
        Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        List<String> reached = new CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            reached.add(exchange.getRequestURI().toString());
            byte[] ok = "{\"result\":{\"badges\":[]}}".getBytes();
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.start();
        closeables.add(() -> server.stop(0));

        FaultRig rig = new FaultRig();
        // the call deadline covers the TLS handshake too, and a JVM's first handshake may outlast the rig's 400 ms
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/rest/1/" + CODE + "/";
        BitrixClient client = new BitrixClient(WebhookConnection.parse(url),
                FaultRig.OPTIONS.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
        ErrorMessage told = refreshFails(rig, client, "TLS_FAILED");
        rig.table.refresh();
        assertThat(rig.notifier.errorCodes()).containsExactly("TLS_FAILED", "TLS_FAILED");
        assertThat(reached).as("no request, so no webhook code, ever crossed the untrusted connection").isEmpty();
        assertThat(client.requestLog().entries()).as("refused at once, never retried or downgraded").hasSize(2);
        assertThat(Files.size(keystore)).isPositive();
        ROWS.add("Secrets", "TLS failure: self-signed certificate on https://127.0.0.1", 2,
                "`TLS_FAILED`; no request reached the server; not retried, no http fallback", told.advice(), 0);
    }
}
