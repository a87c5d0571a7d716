package org.badgemanager.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One call kept waiting inside the portal until the test lets it go: the client sits blocked in that call, which
 * is where a test kills it or quits the app. Held before the work, the call runs only when released (a portal
 * finishing a request whose client has gone); held after it, the work is done and only the answer waits. Never
 * longer than its limit, so a forgotten hold cannot stall the sandbox.
 */
public final class CallHold {
    private final String method;
    private final boolean afterWork;
    private final Duration limit;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean runs = true;

    CallHold(String method, boolean afterWork, Duration limit) {
        this.method = method;
        this.afterWork = afterWork;
        this.limit = limit;
    }

    /** Waits until the held call has arrived (and, held after the work, has run). */
    public boolean awaitArrival(Duration timeout) throws InterruptedException {
        return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean hasArrived() {
        return arrived.getCount() == 0;
    }

    /** Lets the call go on: it runs (if it has not yet) and answers. */
    public void release() {
        released.countDown();
    }

    /** Held before its work: the call is dropped unanswered and never runs (a request lost on the way). */
    public void releaseWithoutRunning() {
        runs = false;
        released.countDown();
    }

    String method() {
        return method;
    }

    boolean afterWork() {
        return afterWork;
    }

    /** Called on the server's thread: returns whether the call may run (or, after its work, answer). */
    boolean hold() {
        arrived.countDown();
        try {
            released.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return runs;
    }
}
