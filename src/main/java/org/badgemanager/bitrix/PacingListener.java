package org.badgemanager.bitrix;

import java.time.Duration;

/**
 * Told when the client holds a call back on purpose, and why, so that a progress line can say so ("waiting for the
 * portal's time budget for crm.activity.delete: 0:42") instead of looking stuck. Runs on the calling (background)
 * thread: keep it quick and thread-safe; a UI hops to its own thread.
 */
public interface PacingListener {

    /** Why a call waits. */
    enum WaitReason {
        /** The method's server-time budget in the window would be exceeded: wait until enough of it frees up. */
        OPERATING_BUDGET,
        /** The portal blocked the method ({@code OPERATION_TIME_LIMIT}): wait until its block ends. */
        OPERATING_BLOCK,
        /** The request bucket is full (after the portal refused a request, or a slowed-down rate). */
        REQUEST_RATE,
        /** A self-hosted portal answered with a server error: give it a pause before the next request. */
        SERVER_BUSY
    }

    /**
     * A wait in progress. Repeated about once a second while it lasts, with what is {@code left}, so that a
     * countdown needs no clock of its own.
     */
    record Wait(WaitReason reason, String method, Duration left) {
    }

    default void waiting(Wait wait) {
    }

    /** The wait announced last is over: calls go out again. */
    default void resumed() {
    }

    /**
     * The portal refused a request for its rate limit although the client kept to the plan's rate: the client
     * slowed down for the rest of the session. Told once per client.
     */
    default void steppedDown(double fromPerSecond, double toPerSecond) {
    }
}
