package org.badgemanager.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.settings.Settings;

/**
 * The order in which the window and what the user acts on first come up, on both cores: a worker builds the first
 * dialog and the window's views (FXML, styling) while the FX thread opens the window's empty frame and starts the
 * renderer. A new user's first window to act on is the connection dialog: it is built first, opens over the empty
 * frame, and only then are the window's views built, so that nothing competes with it. A returning user goes
 * straight back to the last portal: the views come first, then the connection.
 */
final class StartupSequence {
    /** What the user gets first. */
    enum First {
        /** No portal to go back to: the connection dialog, built ahead and opened with the window. */
        CONNECTION_DIALOG,
        /** The last portal (or the dialog, when its secrets are gone), after the views' first frame. */
        LAST_PORTAL,
        /** {@code --sandbox}: the built-in sandbox, connected directly. */
        SANDBOX,
        /** The CDS training run ({@link CdsTraining}). */
        TRAINING;

        static First of(Settings settings, List<String> args) {
            if (StartupProbe.training()) {
                return TRAINING;
            }
            if (args.contains("--sandbox")) {
                return SANDBOX;
            }
            return settings.profileToStartWith() == null ? CONNECTION_DIALOG : LAST_PORTAL;
        }
    }

    private StartupSequence() {
    }

    /** Starts it all from the FX thread with the window not yet shown and the theme set; returns at once. */
    static void run(Stage stage, MainWindow window, First first, Runnable showEmptyFrame) {
        run(stage, window, first, showEmptyFrame, warmUpFor(first, CompletableFuture.completedFuture(null)));
    }

    /**
     * The styling warm-up a start needs (the first styling's one-time costs, beside the dialog's build), started
     * now; null for a start that does not open the dialog first. Start it before setting the theme, and complete
     * {@code themeSet} once it is: its text part needs no theme, its styling part waits for it.
     */
    static CompletableFuture<Void> warmUpFor(First first, CompletableFuture<Void> themeSet) {
        return first == First.CONNECTION_DIALOG ? StylingWarmUp.start(themeSet) : null;
    }

    /** As {@link #run(Stage, MainWindow, First, Runnable)}, with the warm-up started earlier by {@link #warmUpFor}. */
    static void run(Stage stage, MainWindow window, First first, Runnable showEmptyFrame,
                    CompletableFuture<Void> warmedUp) {
        CompletableFuture<MainWindow> built = StartupPreparation.onOwnThread("main-window-build", () -> {
            if (first == First.CONNECTION_DIALOG) {
                openDialogFirst(stage, window, warmedUp);
            }
            return window.build();
        });
        showEmptyFrame.run();
        built.whenComplete((ready, error) -> Platform.runLater(() -> {
            if (error != null) {
                throw new IllegalStateException("The main window could not be built", error);
            }
            if (!stage.isShowing()) {
                return; // closed while its views were being built: the app is quitting
            }
            window.show();
            window.tellAboutInterruptedChanges();
            StartupProbe.afterFirstFrame(() -> {
                window.makeBadgeRowsAhead(); // a step per pulse from the next: beside the connecting, not before it
                switch (first) {
                    case TRAINING -> CdsTraining.run(window);
                    case SANDBOX -> window.connectDirectly(ConnectionRequest.sandbox());
                    case LAST_PORTAL -> window.openLastPortalOrDialog();
                    case CONNECTION_DIALOG -> { } // open already
                }
            });
        }));
    }

    /**
     * Worker: builds and styles the connection dialog, has the FX thread open it, and waits until it is open. Its
     * styling waits for the warm-up's: styling may measure text (skins may while they are made), through a text
     * layout all controls share, so two threads must not style at once, nor may the FX thread lay the dialog out
     * while the warm-up still styles (that broke the dialog's layout in a start-up benchmark run).
     */
    private static void openDialogFirst(Stage stage, MainWindow window, CompletableFuture<Void> warmedUp) {
        MainWindow.ConnectionDialog dialog = window.prepareConnectionDialog(
                () -> warmedUp.exceptionally(failed -> null).join());
        StartupProbe.mark("connection dialog built");
        CompletableFuture<Void> open = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                if (stage.isShowing()) { // the empty frame is its owner; the user may have closed it already
                    window.showConnectionDialog(dialog, null);
                }
            } finally {
                open.complete(null);
            }
        });
        open.join();
    }
}
