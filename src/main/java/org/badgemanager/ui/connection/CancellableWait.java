package org.badgemanager.ui.connection;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import org.badgemanager.ui.common.Pending;

/**
 * The one piece of work a form waits for: {@code busy} while it runs, how many seconds it has taken, and a cancel
 * that interrupts it and gives the form back at once. An outcome that arrives after a cancel, or for an older
 * wait, is dropped: the user has moved on.
 */
final class CancellableWait {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final BooleanProperty busy;
    private final LongSupplier nanoClock;
    private Pending<?> current;
    private long since;

    CancellableWait(BooleanProperty busy, LongSupplier nanoClock) {
        this.busy = busy;
        this.nanoClock = nanoClock;
    }

    <T> void start(Pending<T> pending, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        current = pending;
        since = nanoClock.getAsLong();
        busy.set(true);
        pending.onSuccess(result -> {
            if (end(pending)) {
                onSuccess.accept(result);
            }
        }).onFailure(error -> {
            if (end(pending)) {
                onFailure.accept(error);
            }
        });
    }

    boolean isWaiting() {
        return current != null;
    }

    /** Whole seconds since the wait began. */
    long seconds() {
        return Math.max(0, (nanoClock.getAsLong() - since) / NANOS_PER_SECOND);
    }

    /** Interrupts the work and ends the wait; false when nothing was running. */
    boolean cancel() {
        Pending<?> pending = current;
        if (pending == null) {
            return false;
        }
        end(pending);
        pending.cancel();
        return true;
    }

    private boolean end(Pending<?> pending) {
        if (current != pending) {
            return false;
        }
        current = null;
        busy.set(false);
        return true;
    }
}
