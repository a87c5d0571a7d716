package org.badgemanager.ui.activities;

import javafx.application.Platform;
import org.badgemanager.bitrix.PacingListener;

/** Hands the client's waits (told on the worker) to a run's progress line on the FX thread. */
final class PacingOnFx {
    private PacingOnFx() {
    }

    static PacingListener to(RunProgress progress) {
        return new PacingListener() {
            @Override
            public void waiting(Wait wait) {
                later(() -> progress.waiting(wait));
            }

            @Override
            public void resumed() {
                later(progress::resumed);
            }
        };
    }

    /** On the FX thread; where no FX toolkit runs (view-model tests run work synchronously) right away. */
    private static void later(Runnable change) {
        try {
            Platform.runLater(change);
        } catch (IllegalStateException noToolkit) {
            change.run();
        }
    }

    static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
