package org.badgemanager.app;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.badgemanager.session.ConnectionRequest;

/**
 * The AppCDS training run ({@code scripts/train-cds.sh}, {@code -Dbadgemanager.startupProbe=train}). After the
 * first frame it does what every session does first: opens the connection dialog (and picks each kind of
 * connection in it), connects (to the built-in
 * sandbox), shows the badges, opens the Activities tab and lists activities; then it quits. The archive written
 * at exit so also holds the classes of those first-time paths: without them the dialog's first showing, the
 * first load and the first opening of the tab each wait a hundred milliseconds or more for their classes.
 */
final class CdsTraining {
    /** Quits even if the sandbox never answers: an archive of the start-up alone is still worth shipping. */
    private static final Duration LIMIT = Duration.seconds(30);
    /** Frames to let pass after a window or data appears, so it is made, styled, laid out and drawn. */
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
        whenOpened(window.stage(), dialog -> afterFrames(() -> {
            pickEveryKind(dialog);
            afterFrames(() -> {
                dialog.hide();
                showBadgesThenActivities(window, () -> {
                    limit.stop();
                    done.run();
                });
            });
        }));
        window.openConnectionDialog(); // as a start without --sandbox does
    }

    /** The dialog builds a kind's pane when it is first picked: their classes belong in the archive too. */
    private static void pickEveryKind(Stage dialog) {
        for (String radio : new String[] {"#webhookRadio", "#oauthRadio", "#sandboxRadio"}) {
            if (dialog.getScene().lookup(radio) instanceof RadioButton button) {
                button.fire();
            }
        }
    }

    private static void showBadgesThenActivities(MainWindow window, Runnable done) {
        whenFilled(window.badges().visibleBadges(), () -> afterFrames(() -> {
            window.showActivitiesTab();
            whenFilled(window.activities().rows(), () -> afterFrames(done));
            window.activities().search();
        }));
        window.connectDirectly(ConnectionRequest.sandbox());
    }

    /** Runs {@code next} with the first stage other than {@code main} that opens (not a tooltip or popup). */
    private static void whenOpened(Stage main, Consumer<Stage> next) {
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                while (change.next()) {
                    for (Window added : change.getAddedSubList()) {
                        if (added instanceof Stage dialog && dialog != main) {
                            Window.getWindows().removeListener(this);
                            next.accept(dialog);
                            return;
                        }
                    }
                }
            }
        });
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
