package org.badgemanager.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a request body the way a web server in front of a portal would: at most {@code maxBytes} (a larger
 * body is refused with 413 without being read whole) and within a deadline. The JDK server reads bodies
 * with blocking calls on the worker thread and has no read timeout of its own, so a watchdog closes the
 * connection when the deadline passes; the blocked read then fails and the worker is free again.
 */
final class RequestBodyReader {

    private static final int CHUNK = 16 * 1024;

    private final long maxBytes;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;

    RequestBodyReader(RequestLimits limits, ScheduledExecutorService watchdog) {
        this.maxBytes = limits.maxBodyBytes();
        this.timeout = limits.bodyTimeout();
        this.watchdog = watchdog;
    }

    /**
     * @throws RestError              413 when the body is (or announces itself as) larger than the limit
     * @throws SocketTimeoutException when the body did not arrive in time; the connection is already closed
     */
    byte[] read(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLength(declared) > maxBytes) {
            throw RestError.requestTooLarge(maxBytes);
        }
        AtomicBoolean reading = new AtomicBoolean(true);
        // Whoever flips "reading" first wins: the reader by finishing, or the watchdog by closing the exchange.
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            if (reading.compareAndSet(true, false)) {
                exchange.close();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            byte[] body = readCapped(exchange.getRequestBody());
            if (!reading.compareAndSet(true, false)) {
                throw timedOut();
            }
            return body;
        } catch (IOException e) {
            if (reading.compareAndSet(true, false)) {
                throw e;
            }
            throw timedOut();
        } finally {
            alarm.cancel(false);
            reading.set(false);
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk)) >= 0) {
            if (body.size() + (long) read > maxBytes) {
                throw RestError.requestTooLarge(maxBytes);
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    private SocketTimeoutException timedOut() {
        return new SocketTimeoutException("request body not received within " + timeout.toMillis() + " ms");
    }

    /** A malformed Content-Length never gets here: the JDK server answers 400 itself. */
    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
