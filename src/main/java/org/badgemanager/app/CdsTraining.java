package org.badgemanager.app;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.badgemanager.session.ConnectionRequest;

/**
 * The AppCDS training run ({@code scripts/train-cds.sh}, {@code -Dbadgemanager.startupProbe=train}). After the
 * first frame it does what every session does first: connects to the built-in sandbox, shows its badges, opens
 * the Activities tab and lists activities; then it quits. The archive written at exit so also holds the classes
 * of those first-time paths: without them the first load and the first opening of the tab each freeze the
 * window for a few hundred milliseconds while the classes load.
 */
final class CdsTraining {
    /** Quits even if the sandbox never answers: an archive of the start-up alone is still worth shipping. */
    private static final Duration LIMIT = Duration.seconds(30);
    /** Frames to let pass after data arrives, so its rows are made, styled, laid out and drawn. */
    private static final int FRAMES = 3;

    private CdsTraining() {
    }

    /** The training run: quits the app when done. */
    static void run(MainWindow window) {
        run(window, Platform::exit);
    }

    /** Runs the first-time paths in {@code window}, then {@code done} (or when the time limit is up). */
    static void run(MainWindow window, Runnable done) {
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> done.run());
        limit.play();
        whenFilled(window.badges().visibleBadges(), () -> afterFrames(() -> {
            window.showActivitiesTab();
            whenFilled(window.activities().rows(), () -> afterFrames(() -> {
                limit.stop();
                done.run();
            }));
            window.activities().search();
        }));
        window.connectDirectly(ConnectionRequest.sandbox());
    }

    private static void whenFilled(ObservableList<?> list, Runnable next) {
        list.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!list.isEmpty()) {
                    list.removeListener(this);
                    next.run();
                }
            }
        });
    }

    private static void afterFrames(Runnable next) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES) {
                    stop();
                    next.run();
                }
            }
        }.start();
    }
}
