package org.badgemanager.bitrix;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client's pacing as others see it: who listens to its waits (progress lines, the window's notices), and how
 * long a run of calls should take under both limits. One per {@link BitrixClient}.
 */
public final class Pacing {
    /** Shorter holds are the bucket's normal rhythm, not worth a word on a progress line. */
    static final Duration WORTH_SAYING = Duration.ofMillis(1500);

    private final List<PacingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean steppedDownTold = new AtomicBoolean();
    private volatile Estimator estimator = (method, commands, calls) -> Duration.ZERO;
    private volatile java.util.function.DoubleSupplier rate = () -> Double.NaN;

    interface Estimator {
        Duration estimate(String method, int commandsPerCall, int calls);
    }

    Pacing() {
    }

    /** Listens from now on; close the returned handle to stop (a run listens only while it runs). */
    public AutoCloseable listen(PacingListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * How long {@code calls} more calls should take, each running {@code commandsPerCall} commands of
     * {@code method} (one for a plain call, up to 50 in a batch), under the request limit and the method's
     * operating-time budget as the client knows them now. For a time-left estimate; never a promise.
     */
    public Duration estimate(String method, int commandsPerCall, int calls) {
        return estimator.estimate(method, commandsPerCall, calls);
    }

    void estimator(Estimator e) {
        estimator = e;
    }

    /** The request rate the client keeps to now (after any step-down); NaN without a bucket (self-hosted). */
    public double requestsPerSecond() {
        return rate.getAsDouble();
    }

    void rate(java.util.function.DoubleSupplier current) {
        rate = current;
    }

    void waiting(PacingListener.Wait wait) {
        listeners.forEach(l -> l.waiting(wait));
    }

    void resumed() {
        listeners.forEach(PacingListener::resumed);
    }

    void steppedDown(double from, double to) {
        if (!steppedDownTold.getAndSet(true)) {
            listeners.forEach(l -> l.steppedDown(from, to));
        }
    }
}
