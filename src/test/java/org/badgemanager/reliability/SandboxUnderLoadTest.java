package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sandbox portal under the clients a careless or hostile caller can be: ones that stall mid-request, a 200 MB
 * form, a form nested 100 000 levels deep. Each must cost the portal nothing lasting, and everyone else's calls
 * must keep being answered. Raw sockets on 127.0.0.1 play the bad clients.
 */
class SandboxUnderLoadTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SandboxUnderLoadTest.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int STALLED = 8;
    private static final long HUGE = 200L * 1024 * 1024;

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    @Test
    void clientsStalledInTheirHeadersOrBodyDoNotStarveOthers() throws Exception {
        // A deadline far beyond the test: the stalled clients stay connected while the others call.
        SandboxPortal portal = start(SandboxConfig.defaults().noRateLimit().requestTimeout(Duration.ofMinutes(5)));
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            stalled.add(stallInBody(portal, 1000, 10));
            stalled.add(stallInHeaders(portal));
        }

        for (int i = 0; i < 20; i++) {
            assertThat(listBadges(portal).statusCode()).isEqualTo(200);
        }

        for (Socket socket : stalled) {
            assertThat(stillOpen(socket)).as("a stalled client is still connected").isTrue();
        }
        ROWS.add("Sandbox", STALLED + " clients stalled in their headers and " + STALLED + " in their body, "
                + "all still connected, while another client calls", 20, "every call answered 200", "", 0);
    }

    @Test
    void aClientThatStallsItsBodyIsDisconnectedAtTheDeadline() throws Exception {
        SandboxPortal portal = start(SandboxConfig.defaults().noRateLimit().requestTimeout(Duration.ofSeconds(1)));
        Socket slow = stallInBody(portal, 1000, 10);
        slow.setSoTimeout(15_000);

        assertThat(readsToTheEnd(slow.getInputStream())).as("closed without an answer").isTrue();
        // The watchdog closes the connection first; the worker records the request right after.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !portal.requests().isEmpty());
        assertThat(portal.requests()).extracting(RecordedRequest::status).containsExactly(0);
        assertThat(listBadges(portal).statusCode()).isEqualTo(200);
        ROWS.add("Sandbox", "a client sends its headers and 10 of 1000 body bytes, then nothing",
                1, "disconnected unanswered at the body deadline (1 s here, 10 s by default), recorded as dropped",
                "", 0);
    }

    @Test
    void twoFormPostsOf200MbAreRefusedAndLeaveNothingOnTheHeap() throws Exception {
        SandboxPortal portal = start(SandboxConfig.defaults().noRateLimit());
        long before = usedHeapAfterGc();

        for (int i = 0; i < 2; i++) {
            assertThat(postHuge(portal)).startsWith("HTTP/1.1 413");
        }

        long grown = usedHeapAfterGc() - before;
        assertThat(grown).as("heap growth after two 200 MB posts").isLessThan(64L * 1024 * 1024);
        assertThat(portal.requests()).extracting(RecordedRequest::errorCode)
                .containsExactly("REQUEST_TOO_LARGE", "REQUEST_TOO_LARGE");
        assertThat(listBadges(portal).statusCode()).isEqualTo(200);
        ROWS.add("Sandbox", "two form posts of 200 MB each (the cap is 8 MB)", 2,
                "413 REQUEST_TOO_LARGE after reading at most 8 MB; heap after GC grew by less than 64 MB",
                "", 0);
    }

    @Test
    void formsNested100000DeepAreA400() throws Exception {
        SandboxPortal portal = start(SandboxConfig.defaults().noRateLimit());
        List<String> bodies = List.of("a" + "[b]".repeat(100_000) + "=1", "a" + "[]".repeat(100_000) + "=1");

        for (String body : bodies) {
            HttpResponse<String> reply = post(portal, "crm.activity.badge.list", "application/x-www-form-urlencoded",
                    body);
            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.body()).contains("\"error\":\"INVALID_REQUEST\"").contains("nested deeper than 32");
        }

        assertThat(listBadges(portal).statusCode()).isEqualTo(200);
        ROWS.add("Sandbox", "form bodies nested 100 000 levels deep (a[b][b]… and a[][]…)", bodies.size(),
                "400 INVALID_REQUEST, nested deeper than 32 levels", "", 0);
    }

    @Test
    void theJdkRequestTimerCutsAClientThatTricklesItsHeaders() throws Exception {
        // sun.net.httpserver.maxReqTime is read once per JVM, so it is tried in a sandbox of its own process.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dsun.net.httpserver.maxReqTime=1", "-Dsandbox.port=0", "org.badgemanager.sandbox.SandboxMain")
                .redirectErrorStream(true).start();
        closeables.add(child::destroyForcibly);
        int port = portFrom(child);
        Socket slow = new Socket("127.0.0.1", port);
        closeables.add(slow);
        slow.getOutputStream().write("POST /rest/1/x/profile HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        slow.setSoTimeout(15_000);

        assertThat(readsToTheEnd(slow.getInputStream())).as("closed by the JDK's request timer").isTrue();
        ROWS.add("Sandbox", "a client sends half of its headers, then nothing (JDK 17 server, maxReqTime)", 1,
                "disconnected after maxReqTime (30 s by default, 1 s here)", "", 0);
    }

    private SandboxPortal start(SandboxConfig config) {
        SandboxPortal portal = SandboxPortal.start(config);
        closeables.add(portal);
        return portal;
    }

    private Socket stallInBody(SandboxPortal portal, int declared, int sent) throws IOException {
        Socket socket = connect(portal);
        socket.getOutputStream().write(("POST " + path(portal, "crm.activity.badge.list") + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + declared + "\r\n\r\n" + "x".repeat(sent)).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private Socket stallInHeaders(SandboxPortal portal) throws IOException {
        Socket socket = connect(portal);
        socket.getOutputStream().write(("POST " + path(portal, "crm.activity.badge.list") + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private Socket connect(SandboxPortal portal) throws IOException {
        Socket socket = new Socket("127.0.0.1", portal.port());
        closeables.add(socket);
        return socket;
    }

    /** Streams a 200 MB form body from a generator; a second thread reads the answer as soon as it comes. */
    private String postHuge(SandboxPortal portal) throws Exception {
        try (Socket socket = connect(portal)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                try {
                    out.write(("POST " + path(portal, "crm.activity.badge.list") + " HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + HUGE + "\r\n\r\nvalue=").getBytes(StandardCharsets.US_ASCII));
                    for (long sent = 6; sent < HUGE; sent += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, HUGE - sent));
                    }
                } catch (IOException refused) {
                    // the portal stopped reading and closed the connection: expected
                }
            }, "huge-post-writer");
            writer.setDaemon(true);
            writer.start();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            socket.close();
            writer.join(30_000);
            return status;
        }
    }

    private static boolean stillOpen(Socket socket) throws IOException {
        socket.setSoTimeout(100);
        try {
            return socket.getInputStream().read() >= 0;
        } catch (SocketTimeoutException nothingYet) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }

    /** True when the server closed the connection (end of stream or reset) without sending anything. */
    private static boolean readsToTheEnd(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int portFrom(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String marker = "running at http://127.0.0.1:";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                return Integer.parseInt(line.substring(at + marker.length()).strip());
            }
        }
        throw new IllegalStateException("the sandbox process ended without saying where it listens");
    }

    private static String path(SandboxPortal portal, String method) {
        return URI.create(portal.webhookUrl() + method).getPath();
    }

    private static HttpResponse<String> listBadges(SandboxPortal portal) throws Exception {
        return post(portal, "crm.activity.badge.list", "application/json", "{}");
    }

    private static HttpResponse<String> post(SandboxPortal portal, String method, String type, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.webhookUrl() + method))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
