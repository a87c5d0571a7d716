package org.badgemanager.bitrix;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a failed call may be sent again, and after how long.
 * <ul>
 *   <li>{@code QUERY_LIMIT_EXCEEDED}: the portal refused the call before running it, so any call may be
 *   repeated, after a growing pause (the bucket drains at its own pace).</li>
 *   <li>{@code OPERATION_TIME_LIMIT}: the method is blocked until {@code operating_reset_at}; wait for it once
 *   if that is soon ({@link ClientOptions#maxOperatingWait()}), else report it.</li>
 *   <li>No answer, or a proxy error page: the call may have run. Only read-only calls are repeated; a write
 *   (a badge add above all) is reported instead, so that the caller can check what happened. An answer too
 *   large to read is never asked for again.</li>
 *   <li>Everything else is the portal's considered answer and is reported at once.</li>
 * </ul>
 */
final class RetryPolicy {
    private static final Duration OPERATING_FALLBACK_WAIT = Duration.ofSeconds(10);
    private final ClientOptions options;

    RetryPolicy(ClientOptions options) {
        this.options = options;
    }

    Optional<Duration> delayBefore(int nextAttempt, BitrixException failure, boolean readOnly,
                                   OptionalLong operatingResetAt, Instant now) {
        if (nextAttempt > options.maxRetries() + 1) {
            return Optional.empty();
        }
        if (failure.is("QUERY_LIMIT_EXCEEDED")) {
            return Optional.of(backoff(nextAttempt));
        }
        if (failure.is("OPERATION_TIME_LIMIT")) {
            if (nextAttempt > 2) {
                // Waited once already (or other repeats ran first): the block outlived the wait, so say so now
                // rather than keep the user watching a busy window through more 10 s waits.
                return Optional.empty();
            }
            Duration wait = operatingResetAt.isPresent()
                    ? Duration.between(now, Instant.ofEpochSecond(operatingResetAt.getAsLong())).plusSeconds(1)
                    : OPERATING_FALLBACK_WAIT;
            if (wait.isNegative()) {
                wait = Duration.ofSeconds(1);
            }
            return wait.compareTo(options.maxOperatingWait()) <= 0 ? Optional.of(wait) : Optional.empty();
        }
        // an answer too large to read would come back just as large: asking again only makes the user wait
        if (readOnly && (failure.outcomeUnknown() || isProxyError(failure))
                && !failure.is(BitrixException.ANSWER_TOO_LARGE)) {
            return Optional.of(backoff(nextAttempt));
        }
        return Optional.empty();
    }

    private static boolean isProxyError(BitrixException failure) {
        int s = failure.httpStatus();
        return failure.is(BitrixException.UNEXPECTED_RESPONSE) && (s == 502 || s == 503 || s == 504);
    }

    /** base × 1.5^(n-2): 1.5 s, 2.25 s, 3.4 s with the defaults, as the official JS SDK does. */
    private Duration backoff(int nextAttempt) {
        double factor = Math.pow(1.5, Math.max(0, nextAttempt - 2));
        return Duration.ofMillis((long) (options.baseBackoff().toMillis() * factor));
    }
}
