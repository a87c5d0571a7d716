package org.badgemanager.bitrix;

import java.time.Duration;

/**
 * How requests to one portal are let out: through a leaky bucket (cloud plans) or a limit of requests in flight
 * (self-hosted). Shared by every call of one {@link BitrixClient}.
 */
interface RequestGate {

    /** Blocks until one more request may go out. */
    void enter(String method) throws InterruptedException;

    /** The request is over: {@code status} 0 when no answer came, {@code code} the portal's error code or null. */
    void leave(int status, String code);

    /** How long {@code requests} more requests take at least, from now. */
    Duration timeFor(int requests);

    static RequestGate of(ClientOptions options, Pacing pacing) {
        return options.plan().plan().bucketed() || options.maxInFlight() == Integer.MAX_VALUE
                ? new BucketGate(options, pacing)
                : new InFlightGate(options, pacing);
    }
}
