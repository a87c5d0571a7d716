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
                Platform.runLater(() -> progress.waiting(wait));
            }

            @Override
            public void resumed() {
                Platform.runLater(progress::resumed);
            }
        };
    }

    static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
