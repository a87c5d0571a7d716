package org.badgemanager.badges;

import java.util.concurrent.CompletableFuture;

/**
 * Counts the destructive badge steps running right now, across portals, so that quitting can wait for them: an
 * edit cut off between its delete and its add would leave the portal without the badge until the next connect.
 */
public final class ChangesInFlight {
    private int running;
    private CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);

    public synchronized void enter() {
        if (running++ == 0) {
            idle = new CompletableFuture<>();
        }
    }

    public void exit() {
        CompletableFuture<Void> done = null;
        synchronized (this) {
            if (running > 0 && --running == 0) {
                done = idle;
            }
        }
        if (done != null) {
            done.complete(null);
        }
    }

    public synchronized boolean isIdle() {
        return running == 0;
    }

    /** Completes when no change is running (at once if none is). */
    public synchronized CompletableFuture<Void> whenIdle() {
        return idle;
    }
}
