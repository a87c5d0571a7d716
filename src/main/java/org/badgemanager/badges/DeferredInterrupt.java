package org.badgemanager.badges;

import org.badgemanager.bitrix.BitrixException;

/**
 * An interrupt taken off the thread so that the steps that put a badge right can still call the portal, and given
 * back when they are done, so the caller still sees that it was asked to stop (quitting, Cancel).
 */
final class DeferredInterrupt {
    private boolean deferred;

    /** After a call ended as CANCELLED: clears the thread's interrupt, to be given back by {@link #restore()}. */
    void clearIfCancelled(BitrixException e) {
        if (e.is(BitrixException.CANCELLED)) {
            deferred |= Thread.interrupted();
        }
    }

    /** An interrupt that was caught (and so cleared) while waiting. */
    void defer() {
        deferred = true;
    }

    void restore() {
        if (deferred) {
            Thread.currentThread().interrupt();
        }
    }
}
