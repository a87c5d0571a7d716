package org.badgemanager.bitrix;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * One HTTP POST, with timeouts and cancellation, turning every network failure into a {@link BitrixException}
 * whose code tells whether the request may have run. Redirects are never followed: a POST carrying a secret
 * must not go to a host the user did not choose.
 */
public final class HttpTransport {
    /** The status, body and redirect target of an answer. */
    public record Reply(int status, String body, String location) {
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final String userAgent;

    public HttpTransport(ClientOptions options) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = options.requestTimeout();
        this.userAgent = options.userAgent();
    }

    public Reply post(URI uri, String contentType, String body, String method) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = pending.get();
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new BitrixException(BitrixException.CANCELLED, "The request was cancelled.", 0, method, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), method);
        }
    }

    static BitrixException translate(Throwable cause, String method) {
        // Before the ConnectException case: the JDK client wraps a failed name lookup in one, and "could not be
        // resolved" points the user at the address instead of the network.
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException
                || cause != null && cause.getCause() instanceof UnresolvedAddressException) {
            return new BitrixException(BitrixException.CONNECTION_FAILED,
                    "The portal's host name could not be resolved.", 0, method, cause);
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new BitrixException(BitrixException.CONNECTION_FAILED,
                    "Could not connect to the portal.", 0, method, cause);
        }
        if (cause instanceof SSLException || cause != null && cause.getCause() instanceof SSLException) {
            return new BitrixException(BitrixException.TLS_FAILED,
                    "The portal's HTTPS certificate could not be verified.", 0, method, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new BitrixException(BitrixException.NO_ANSWER,
                    "The portal did not answer in time.", 0, method, cause);
        }
        if (cause instanceof IOException) {
            return new BitrixException(BitrixException.NO_ANSWER,
                    "The connection broke before the portal answered.", 0, method, cause);
        }
        return new BitrixException(BitrixException.NO_ANSWER,
                "The request failed: " + (cause == null ? "unknown error" : cause.getClass().getSimpleName()),
                0, method, cause);
    }
}
