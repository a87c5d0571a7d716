package org.badgemanager.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.badgemanager.settings.Settings;

/** Puts the main window where the user left it, if that place is still on a screen. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void restore(Stage stage, Settings.WindowBounds bounds) {
        if (bounds == null || bounds.width() < 400 || bounds.height() < 300) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        boolean visible = Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().intersects(wanted.getMinX(), wanted.getMinY(), 200, 100));
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        }
        stage.setMaximized(bounds.maximized());
    }

    /** Saved on close; a failure to save must not keep the window from closing. */
    static void remember(Stage stage, AppServices services) {
        Settings.WindowBounds bounds = new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        try {
            services.connections().updateSettings(s -> s.withWindow(bounds));
        } catch (RuntimeException e) {
            System.getLogger(WindowPlacement.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not save the window position", e);
        }
    }
}
