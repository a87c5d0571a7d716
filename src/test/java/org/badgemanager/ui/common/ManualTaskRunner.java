package org.badgemanager.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;

/** Holds work until the test says run it, so the state while work is in flight can be checked. */
public final class ManualTaskRunner implements TaskRunner {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> Pending<T> run(Callable<T> work) {
        return run(progress -> work.call());
    }

    @Override
    public <T> Pending<T> run(ProgressWork<T> work) {
        Pending<T> pending = new Pending<>();
        queued.add(() -> {
            try {
                pending.succeed(work.call(pending::progress));
            } catch (Throwable t) {
                pending.fail(t);
            }
        });
        return pending;
    }

    public int queued() {
        return queued.size();
    }

    /** Runs the oldest piece of work only (what it queues waits). */
    public void runNext() {
        queued.poll().run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
