package org.badgemanager.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What keeps one client from stalling or filling the portal.
 *
 * @param maxBodyBytes largest request body accepted; a larger one is answered 413 without being read whole
 * @param bodyTimeout  how long a request body may take to arrive once the headers are in
 * @param logCapacity  how many of the latest requests the request log keeps
 */
record RequestLimits(long maxBodyBytes, Duration bodyTimeout, int logCapacity) {

    RequestLimits {
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max request bytes out of range: " + maxBodyBytes);
        }
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive: " + bodyTimeout);
        }
        if (logCapacity < 1) {
            throw new IllegalArgumentException("request log capacity must be positive: " + logCapacity);
        }
    }
}
