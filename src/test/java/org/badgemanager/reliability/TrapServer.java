package org.badgemanager.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Another host" on this machine (127.0.0.2): records everything that reaches it, so a test can prove that no
 * secret was ever sent there. Answers 200 with a valid-looking envelope, as a hostile host would.
 */
final class TrapServer implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    TrapServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            byte[] answer = "{\"result\":{\"badges\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** A URL on the trap host with the same path shape, as a renamed portal's Location would have. */
    String url(String path) {
        return "http://127.0.0.2:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
