package org.badgemanager.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl+C during a run asks it to stop after the call in flight (a batch the portal runs cannot be called back),
 * and waits a little for the run to finish its report, instead of ending mid-way without saying what was done.
 * A second Ctrl+C, or kill -9, still ends the process at once: what must survive that is on disk already.
 */
final class Interruption implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private Interruption(Thread hook) {
        this.hook = hook;
    }

    static Interruption watch(Terminal terminal, String notice) {
        Interruption[] self = new Interruption[1];
        Thread hook = new Thread(() -> {
            Interruption i = self[0];
            if (i.finished.getCount() == 0) {
                return;
            }
            i.requested.set(true);
            terminal.err().println(notice);
            terminal.err().flush();
            try {
                i.finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cli-interrupt");
        self[0] = new Interruption(hook);
        Runtime.getRuntime().addShutdownHook(hook);
        return self[0];
    }

    BooleanSupplier asked() {
        return requested::get;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already: the hook is running and is now released
        }
    }
}
