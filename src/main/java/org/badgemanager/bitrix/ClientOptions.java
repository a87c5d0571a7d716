package org.badgemanager.bitrix;

import java.time.Duration;

/**
 * Tunables of the REST client. Defaults follow the portal's documented limits: a leaky bucket of 2 requests
 * per second with a burst of 50 (Enterprise plans: 5/s and 250), and a 60 s cut-off per request in the cloud.
 * An {@code OPERATION_TIME_LIMIT} block is waited out only when it ends within 30 s: the portal may block a
 * method for up to 10 minutes, and a user must not watch a busy window that long without knowing why; a longer
 * block is reported at once with its code and advice.
 *
 * @param connectTimeout  how long opening the connection may take; past it the call certainly did not run
 * @param callDeadline    how long one HTTP call may take in all: connect, sending, the headers and the whole
 *                        body. A portal that trickles its answer is cut off here, as is one that never answers
 * @param maxAnswerBytes  the largest answer body read; a longer one is cut off unread ({@code ANSWER_TOO_LARGE})
 *                        so that no answer can fill the memory
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration callDeadline,
        long maxAnswerBytes,
        double requestsPerSecond,
        int burst,
        int maxRetries,
        Duration baseBackoff,
        Duration maxOperatingWait,
        String userAgent) {

    /** 32 MB: a list of ten thousand badges is about 5 MB of JSON, a page of 50 activities far less. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;
    /** The answer is held in one array, then decoded into a string: both must be possible. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    public ClientOptions {
        if (maxAnswerBytes <= 0 || maxAnswerBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException(
                    "maxAnswerBytes must be 1.." + LARGEST_ARRAY + ", not " + maxAnswerBytes);
        }
    }

    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_MAX_ANSWER_BYTES, 2.0, 50,
                3, Duration.ofMillis(1500), Duration.ofSeconds(30), "BadgeManager/0.1");
    }

    public static ClientOptions enterprise() {
        return defaults().withRateLimit(5.0, 250);
    }

    public ClientOptions withRateLimit(double perSecond, int burstSize) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, perSecond, burstSize, maxRetries,
                baseBackoff, maxOperatingWait, userAgent);
    }

    /** {@code deadline}: the whole call, connect and answer body included (see {@link #callDeadline()}). */
    public ClientOptions withTimeouts(Duration connect, Duration deadline) {
        return new ClientOptions(connect, deadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent);
    }

    public ClientOptions withMaxAnswerBytes(long bytes) {
        return new ClientOptions(connectTimeout, callDeadline, bytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent);
    }

    public ClientOptions withRetries(int retries, Duration backoff) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, retries,
                backoff, maxOperatingWait, userAgent);
    }

    public ClientOptions withMaxOperatingWait(Duration wait) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, wait, userAgent);
    }
}
