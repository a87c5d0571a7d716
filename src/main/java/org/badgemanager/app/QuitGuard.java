package org.badgemanager.app;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.badgemanager.badges.ChangesInFlight;

/**
 * Closing the main window while a badge change runs waits for it (at most {@link #LIMIT}), showing "Finishing a
 * change…": quitting at once would cut an edit between its delete and its add. While it waits the window takes no
 * input, so nothing new starts. A change still running after the limit (a portal slower than that) is cut off
 * like a kill, and the edit journal settles it on the next connect.
 */
final class QuitGuard {
    static final Duration LIMIT = Duration.ofSeconds(15);
    /** The label each main window has for this state; looked up in whatever scene the stage shows now. */
    static final String FINISHING_LABEL = "#finishingLabel";
    private static final String INSTALLED = QuitGuard.class.getName();

    private final Stage stage;
    private ChangesInFlight inFlight;
    private boolean closing;

    private QuitGuard(Stage stage, ChangesInFlight inFlight) {
        this.stage = stage;
        this.inFlight = inFlight;
    }

    /** One guard per stage: a window rebuilt for another language (or shown again) keeps it, watching these changes. */
    static void install(Stage stage, ChangesInFlight inFlight) {
        if (stage.getProperties().get(INSTALLED) instanceof QuitGuard guard) {
            guard.inFlight = inFlight;
            guard.closing = false;
            return;
        }
        QuitGuard guard = new QuitGuard(stage, inFlight);
        stage.getProperties().put(INSTALLED, guard);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard::onCloseRequest);
    }

    private void onCloseRequest(WindowEvent event) {
        if (inFlight.isIdle()) {
            return;
        }
        event.consume();
        if (closing) {
            return; // asked twice: still finishing
        }
        closing = true;
        if (stage.getScene() != null) {
            stage.getScene().addEventFilter(InputEvent.ANY, Event::consume); // no new change while finishing
            Node label = stage.getScene().lookup(FINISHING_LABEL);
            if (label != null) {
                label.setVisible(true);
            }
        }
        inFlight.whenIdle().copy().completeOnTimeout(null, LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenRun(() -> Platform.runLater(stage::close));
    }
}
