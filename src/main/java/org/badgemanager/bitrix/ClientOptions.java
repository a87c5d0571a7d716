package org.badgemanager.bitrix;

import java.time.Duration;

/**
 * Tunables of the REST client. Defaults follow the portal's documented limits: a leaky bucket of 2 requests
 * per second with a burst of 50 (Enterprise plans: 5/s and 250), and a 60 s cut-off per request in the cloud.
 * An {@code OPERATION_TIME_LIMIT} block is waited out only when it ends within 30 s: the portal may block a
 * method for up to 10 minutes, and a user must not watch a busy window that long without knowing why; a longer
 * block is reported at once with its code and advice.
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration requestTimeout,
        double requestsPerSecond,
        int burst,
        int maxRetries,
        Duration baseBackoff,
        Duration maxOperatingWait,
        String userAgent) {

    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(60), 2.0, 50, 3,
                Duration.ofMillis(1500), Duration.ofSeconds(30), "BadgeManager/0.1");
    }

    public static ClientOptions enterprise() {
        return defaults().withRateLimit(5.0, 250);
    }

    public ClientOptions withRateLimit(double perSecond, int burstSize) {
        return new ClientOptions(connectTimeout, requestTimeout, perSecond, burstSize, maxRetries, baseBackoff,
                maxOperatingWait, userAgent);
    }

    public ClientOptions withTimeouts(Duration connect, Duration request) {
        return new ClientOptions(connect, request, requestsPerSecond, burst, maxRetries, baseBackoff,
                maxOperatingWait, userAgent);
    }

    public ClientOptions withRetries(int retries, Duration backoff) {
        return new ClientOptions(connectTimeout, requestTimeout, requestsPerSecond, burst, retries, backoff,
                maxOperatingWait, userAgent);
    }

    public ClientOptions withMaxOperatingWait(Duration wait) {
        return new ClientOptions(connectTimeout, requestTimeout, requestsPerSecond, burst, maxRetries, baseBackoff,
                wait, userAgent);
    }
}
