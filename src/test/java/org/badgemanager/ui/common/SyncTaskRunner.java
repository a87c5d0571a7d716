package org.badgemanager.ui.common;

import java.util.concurrent.Callable;

/** Runs work at once on the calling thread: for view-model tests, where order must be predictable. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> Pending<T> run(Callable<T> work) {
        return run(progress -> work.call());
    }

    @Override
    public <T> Pending<T> run(ProgressWork<T> work) {
        Pending<T> pending = new Pending<>();
        try {
            pending.succeed(work.call(pending::progress));
        } catch (Throwable t) {
            pending.fail(t);
        }
        return pending;
    }
}
