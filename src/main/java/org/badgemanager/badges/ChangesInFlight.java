package org.badgemanager.badges;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the destructive badge steps running right now, across portals, so that quitting can wait for them: an
 * edit cut off between its delete and its add would leave the portal without the badge until the next connect.
 */
public final class ChangesInFlight {
    private int running;
    /** The journal entries of the changes running now: theirs to end, not a reconcile's (ids are unique). */
    private final Set<String> entries = new HashSet<>();
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

    /** The change running now has written this journal entry. */
    public synchronized void running(String entryId) {
        entries.add(entryId);
    }

    /** Its change is over; the entry is ended or left for the next connect to settle. */
    public synchronized void over(String entryId) {
        entries.remove(entryId);
    }

    /** True while the change that wrote this entry runs in this process: settling it now would race with it. */
    public synchronized boolean isRunning(String entryId) {
        return entries.contains(entryId);
    }

    public synchronized boolean isIdle() {
        return running == 0;
    }

    /** Completes when no change is running (at once if none is). */
    public synchronized CompletableFuture<Void> whenIdle() {
        return idle;
    }
}
