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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * One HTTP POST, with a deadline and cancellation, turning every network failure into a {@link BitrixException}
 * whose code tells whether the request may have run. Redirects are never followed: a POST carrying a secret
 * must not go to a host the user did not choose.
 * <p>
 * Every call ends: one deadline ({@link ClientOptions#callDeadline()}) covers connect, headers and the whole
 * body, and the body is read only up to {@link ClientOptions#maxAnswerBytes()}. The JDK's own request timeout
 * stops at the headers, so a portal that trickled its body after them kept a call running for minutes.
 */
public final class HttpTransport {
    /** The status, body and redirect target of an answer. */
    public record Reply(int status, String body, String location) {
    }

    private final HttpClient http;
    private final Duration callDeadline;
    private final long maxAnswerBytes;
    private final String userAgent;

    public HttpTransport(ClientOptions options) {
        this(options, null);
    }

    /** {@code trust}: the TLS trust to use instead of the default one (a profile's pinned certificate), or null. */
    public HttpTransport(ClientOptions options, javax.net.ssl.SSLContext trust) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (trust != null) {
            builder.sslContext(trust);
        }
        this.http = builder.build();
        this.callDeadline = options.callDeadline();
        this.maxAnswerBytes = options.maxAnswerBytes();
        this.userAgent = options.userAgent();
    }

    public Reply post(URI uri, String contentType, String body, String method) {
        long deadline = System.nanoTime() + callDeadline.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(callDeadline)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        BoundedBody answer = new BoundedBody(maxAnswerBytes);
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request, answer);
        try {
            HttpResponse<String> response = pending.get(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (TimeoutException e) {
            stop(pending, answer, e);
            throw new BitrixException(BitrixException.NO_ANSWER, "The portal did not answer in time.", 0, method, e);
        } catch (InterruptedException e) {
            stop(pending, answer, e);
            Thread.currentThread().interrupt();
            throw new BitrixException(BitrixException.CANCELLED, "The request was cancelled.", 0, method, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), method);
        }
    }

    /** Gives up on the call: the body stops being read (its connection is closed) and the exchange is cancelled. */
    private static void stop(CompletableFuture<?> pending, BoundedBody answer, Throwable why) {
        answer.abort(why);
        pending.cancel(true);
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
        BoundedBody.TooLarge tooLarge = find(cause, BoundedBody.TooLarge.class);
        if (tooLarge != null) {
            return new BitrixException(BitrixException.ANSWER_TOO_LARGE, "The answer was larger than "
                    + size(tooLarge.limit()) + " and was not read.", 0, method, cause);
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

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
