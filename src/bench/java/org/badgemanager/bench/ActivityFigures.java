package org.badgemanager.bench;

import static org.badgemanager.bench.UiBench.onFx;
import static org.badgemanager.bench.UiBench.onFxGet;
import static org.badgemanager.bench.UiBench.waitFor;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.badgemanager.app.MainWindow;
import org.badgemanager.ui.activities.ActivitiesViewModel;

/**
 * The Activities tab: its first opening (its view is built, styled and laid out then), then under load: 10 000
 * rows paged in, then all of them deleted through the real commands.
 */
record ActivityFigures(double openGapMillis, double loadGapMillis, double deleteGapMillis) {

    static ActivityFigures measure(MainWindow window, PulseMonitor monitor) throws Exception {
        ActivitiesViewModel activities = window.activities();
        onFx(() -> {
            monitor.reset();
            ((TabPane) window.stage().getScene().lookup("#tabs")).getSelectionModel().select(1);
        });
        Thread.sleep(1000);
        double openGap = onFxGet(monitor::longestGapMillis);
        onFx(() -> {
            monitor.reset();
            activities.search();
        });
        waitFor(() -> onFxGet(() -> !activities.busyProperty().get() && !activities.rows().isEmpty()));
        while (onFxGet(() -> activities.hasMoreProperty().get())) {
            onFx(activities::loadMore);
            waitFor(() -> onFxGet(() -> !activities.busyProperty().get()));
        }
        double loadGap = onFxGet(monitor::longestGapMillis);
        onFx(() -> {
            activities.bulk().backupEnabledProperty().set(false);
            activities.checkAll(true);
            monitor.reset();
        });
        // the confirmation is modal: start the command, then press Yes on the dialog as a user would
        Platform.runLater(activities::deleteChecked);
        waitFor(() -> onFxGet(() -> confirmButton() != null));
        onFx(() -> {
            // a delete this big asks for the number to be typed: as a user would, before pressing Delete
            if (confirmButton().getScene().lookup("#confirmCountField") instanceof TextField count) {
                count.setText("10000");
            }
            confirmButton().fire();
        });
        waitFor(() -> onFxGet(() -> !activities.bulk().runningProperty().get() && !activities.bulk().report().isEmpty()));
        long deleted = onFxGet(() -> activities.bulk().report().stream()
                .filter(r -> r.status() == org.badgemanager.activities.DeleteOutcome.Status.DELETED).count());
        if (deleted != 10_000) {
            throw new IllegalStateException("the bulk delete removed " + deleted + " activities, not 10 000");
        }
        return new ActivityFigures(openGap, loadGap, onFxGet(monitor::longestGapMillis));
    }

    private static Button confirmButton() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#confirmYes") instanceof Button yes) {
                return yes;
            }
        }
        return null;
    }
}
