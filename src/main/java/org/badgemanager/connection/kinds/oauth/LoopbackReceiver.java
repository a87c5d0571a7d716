package org.badgemanager.connection.kinds.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.badgemanager.bitrix.BitrixException;

/**
 * Listens on 127.0.0.1 (never on the network) for the one redirect that ends a sign-in, and answers the browser
 * with a short page. The first request to {@code /} decides; the listener then closes, so a second redirect (a
 * reloaded tab, a late duplicate) finds nobody and cannot start a second exchange.
 */
final class LoopbackReceiver implements AutoCloseable {
    static final String METHOD = "oauth.authorize";
    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    static LoopbackReceiver listen(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (BindException inUse) {
            throw new BitrixException("SIGNIN_PORT_IN_USE", "Port " + port
                    + " on this computer is in use by another program, so the browser cannot hand the sign-in back.",
                    0, METHOD, inUse);
        } catch (IOException e) {
            throw new BitrixException("SIGNIN_PORT_IN_USE", "Could not listen on port " + port + ".", 0, METHOD, e);
        }
    }

    /** A pasted address counts as the redirect. */
    void offer(Map<String, String> query) {
        claimed.set(true);
        answer.complete(Map.copyOf(query));
    }

    /** The redirect's query; interrupting the thread cancels the wait. */
    Map<String, String> await(Duration patience) {
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitrixException(BitrixException.CANCELLED, "The sign-in was cancelled.", 0, METHOD, e);
        } catch (TimeoutException e) {
            throw new BitrixException("SIGNIN_TIMEOUT", "The browser did not come back within "
                    + patience.toMinutes() + " minutes.", 0, METHOD, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 404, "");
                return;
            }
            boolean first = claimed.compareAndSet(false, true);
            reply(exchange, 200, first ? Pages.RECEIVED : Pages.ALREADY_DONE);
            // only once the browser has its page: the waiting side closes the listener as soon as it hears
            if (first) {
                answer.complete(Map.copyOf(RedirectQuery.parse(exchange.getRequestURI().toString())));
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** What the browser tab shows; in both languages, since the tab has no say in the app's language. */
    private static final class Pages {
        static final String RECEIVED = page("Badge Manager received the sign-in. You can close this tab.",
                "Badge Manager получил ответ портала. Эту вкладку можно закрыть.");
        static final String ALREADY_DONE = page("This sign-in was already handled.", "Этот вход уже обработан.");

        private static String page(String english, String russian) {
            return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Badge Manager</title></head>"
                    + "<body style=\"font-family:sans-serif;margin:3em\"><p>" + english + "</p><p>" + russian
                    + "</p></body></html>";
        }
    }
}
