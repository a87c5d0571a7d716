package org.badgemanager.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;

/** HTTP adapter for {@code /rest/...}: reads the exchange, processes the call, records it, answers or drops. */
final class RestHandler implements HttpHandler {

    private final RestCallProcessor processor;
    private final RequestLog log;
    private final SandboxFaults faults;
    private final RequestBodyReader bodies;

    RestHandler(RestCallProcessor processor, RequestLog log, SandboxFaults faults, RequestBodyReader bodies) {
        this.processor = processor;
        this.log = log;
        this.faults = faults;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Instant receivedAt = Instant.now();
            RestPath path = RestPath.parse(exchange.getRequestURI().getPath());
            IncomingRequest request;
            RestError refused = null;
            try {
                request = IncomingRequest.read(exchange, bodies);
            } catch (RestError tooLarge) {
                // The web server in front of a portal refuses an oversized body before PHP runs: no rate
                // limit, no authentication, nothing of the body kept.
                request = IncomingRequest.withoutBody(exchange, receivedAt);
                refused = tooLarge;
            } catch (SocketTimeoutException slowBody) {
                // The connection is closed already; the exception lets the server forget it.
                record(IncomingRequest.withoutBody(exchange, receivedAt), path, RestOutcome.dropped());
                throw slowBody;
            }
            RestOutcome outcome = refused != null ? RestOutcome.error(refused) : processor.process(request, path);
            record(request, path, outcome);
            delay(faults.latency());
            if (!outcome.drop()) {
                answer(exchange, outcome);
            }
        } finally {
            // Closing before any response headers were sent makes the server drop the connection unanswered.
            exchange.close();
        }
    }

    private void record(IncomingRequest request, RestPath path, RestOutcome outcome) {
        log.add(new RecordedRequest(path.method(), request.httpMethod(), request.path(), request.params(),
                outcome.status(), outcome.errorCode(), request.receivedAt()));
    }

    private static void answer(HttpExchange exchange, RestOutcome outcome) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", outcome.contentType());
        if (outcome.location() != null) {
            exchange.getResponseHeaders().set("Location", outcome.location());
        }
        byte[] body = outcome.body();
        if (outcome.cut()) {
            // Promise the whole body, send half, and hang up: the client sees the connection break mid-answer.
            exchange.sendResponseHeaders(outcome.status(), body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            return;
        }
        if (outcome.status() == RestError.PAYLOAD_TOO_LARGE) {
            // the body was not read whole, so the connection cannot carry another request: say so, as a web server
            // does, or the client may reuse it and find it closed under its next request
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(outcome.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void delay(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
