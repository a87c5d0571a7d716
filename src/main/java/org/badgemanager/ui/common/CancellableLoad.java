package org.badgemanager.ui.common;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.badgemanager.bitrix.BitrixException;

/**
 * The one load a view waits for (a refresh, a search): whether it runs, how many seconds it has waited, and
 * Cancel. Cancel interrupts the worker, which the REST client turns into {@code CANCELLED} with nothing more
 * sent. A view model words the wait; the view calls {@link #tick()} once a second while it runs, so that view
 * models need no animation (their tests run without the FX toolkit).
 */
public final class CancellableLoad {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper waitedSeconds = new ReadOnlyLongWrapper();
    private final LongSupplier nanoClock;
    private Pending<?> current;
    private long startedNanos;

    public CancellableLoad() {
        this(System::nanoTime);
    }

    public CancellableLoad(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Follows this work until it ends; it replaces the load followed before, if any. */
    public <T> Pending<T> follow(Pending<T> work) {
        current = work;
        startedNanos = nanoClock.getAsLong();
        waitedSeconds.set(0);
        running.set(true);
        work.onDone(() -> {
            if (current == work) {
                current = null;
                running.set(false);
            }
        });
        return work;
    }

    /** Stops waiting for the load in flight: its worker is interrupted; its outcome is then to be ignored. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Brings {@link #waitedSecondsProperty()} up to date. */
    public void tick() {
        if (current != null) {
            waitedSeconds.set((nanoClock.getAsLong() - startedNanos) / 1_000_000_000L);
        }
    }

    /**
     * True when this work ended because it was cancelled (by the user, or by the app closing): a calm note, not
     * an error popup. Whatever it brought back after Cancel is ignored too, so what the user saw stays.
     */
    public static boolean wasCancelled(Pending<?> work, Throwable error) {
        return work.isCancelRequested() || error instanceof BitrixException e && e.is(BitrixException.CANCELLED);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty waitedSecondsProperty() {
        return waitedSeconds.getReadOnlyProperty();
    }
}
