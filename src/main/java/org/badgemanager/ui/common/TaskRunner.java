package org.badgemanager.ui.common;

import java.util.concurrent.Callable;

/**
 * Runs blocking work (REST calls, file I/O) away from the FX thread and hands the outcome back on it.
 * View models use only this interface, so tests can run them synchronously.
 */
public interface TaskRunner {

    <T> Pending<T> run(Callable<T> work);

    /** Work that reports progress (0..1) and a message while it runs. */
    <T> Pending<T> run(ProgressWork<T> work);

    @FunctionalInterface
    interface ProgressWork<T> {
        T call(ProgressSink progress) throws Exception;
    }

    @FunctionalInterface
    interface ProgressSink {
        void update(double fraction, String message);
    }
}
