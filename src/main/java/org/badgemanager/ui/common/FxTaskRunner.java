package org.badgemanager.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Runs work on daemon threads and delivers outcomes and progress on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bitrix-worker-" + counter.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Pending<T> run(Callable<T> work) {
        return run(progress -> work.call());
    }

    @Override
    public <T> Pending<T> run(ProgressWork<T> work) {
        Pending<T> pending = new Pending<>();
        // whoever claims the work first owns its outcome: the worker, or a Cancel pressed before the worker started
        // (the executor would then drop the work, and nothing would ever end the pending state)
        AtomicBoolean claimed = new AtomicBoolean();
        Future<?> future = executor.submit(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                T result = work.call((fraction, message) ->
                        Platform.runLater(() -> pending.progress(fraction, message)));
                Platform.runLater(() -> pending.succeed(result));
            } catch (Throwable t) {
                Platform.runLater(() -> pending.fail(t));
            }
        });
        pending.setCanceller(() -> {
            if (claimed.compareAndSet(false, true)) {
                future.cancel(false);
                Platform.runLater(() -> pending.fail(new CancellationException("Cancelled before it started")));
            } else {
                future.cancel(true);
            }
        });
        return pending;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
