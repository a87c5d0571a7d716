package org.badgemanager.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * Work in flight. Callbacks run on the thread that delivers the outcome (the FX thread in the app); one
 * registered after the outcome arrived runs at once, so registration order never races the work.
 */
public final class Pending<T> {
    private enum State { RUNNING, SUCCEEDED, FAILED }

    private State state = State.RUNNING;
    private T result;
    private Throwable failure;
    private final List<Consumer<T>> onSuccess = new ArrayList<>();
    private final List<Consumer<Throwable>> onFailure = new ArrayList<>();
    private final List<Runnable> onDone = new ArrayList<>();
    private Runnable canceller = () -> { };
    private volatile boolean cancelRequested;
    private DoubleProperty progressTarget;
    private StringProperty messageTarget;

    public Pending<T> onSuccess(Consumer<T> action) {
        if (state == State.SUCCEEDED) {
            action.accept(result);
        } else if (state == State.RUNNING) {
            onSuccess.add(action);
        }
        return this;
    }

    public Pending<T> onFailure(Consumer<Throwable> action) {
        if (state == State.FAILED) {
            action.accept(failure);
        } else if (state == State.RUNNING) {
            onFailure.add(action);
        }
        return this;
    }

    /** Runs after success or failure, before their own callbacks are forgotten. */
    public Pending<T> onDone(Runnable action) {
        if (state != State.RUNNING) {
            action.run();
        } else {
            onDone.add(action);
        }
        return this;
    }

    /** Keeps {@code busy} true until the work ends. */
    public Pending<T> whileRunning(BooleanProperty busy) {
        if (state == State.RUNNING) {
            busy.set(true);
            onDone.add(() -> busy.set(false));
        }
        return this;
    }

    /** Mirrors the work's progress and message into these properties. */
    public Pending<T> reportTo(DoubleProperty progress, StringProperty message) {
        this.progressTarget = progress;
        this.messageTarget = message;
        return this;
    }

    /** Asks the work to stop: interrupts it, and {@link #isCancelRequested()} turns true. */
    public void cancel() {
        cancelRequested = true;
        canceller.run();
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    void setCanceller(Runnable canceller) {
        this.canceller = canceller;
    }

    void progress(double fraction, String message) {
        if (progressTarget != null) {
            progressTarget.set(fraction);
        }
        if (messageTarget != null && message != null) {
            messageTarget.set(message);
        }
    }

    void succeed(T value) {
        state = State.SUCCEEDED;
        result = value;
        onDone.forEach(Runnable::run);
        onSuccess.forEach(a -> a.accept(value));
        clear();
    }

    void fail(Throwable error) {
        state = State.FAILED;
        failure = error;
        onDone.forEach(Runnable::run);
        onFailure.forEach(a -> a.accept(error));
        clear();
    }

    private void clear() {
        onSuccess.clear();
        onFailure.clear();
        onDone.clear();
    }
}
