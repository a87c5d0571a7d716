package org.badgemanager.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.badgemanager.ui.common.FxNotifier;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.notices.NotificationLayer;

/**
 * Makes the app's windows, so that every one gets the same things: the stylesheet, the main window as owner and a
 * notification layer (messages about a dialog show inside it, above its buttons). {@link MainWindow} composes
 * screens and asks here for the windows to put them in.
 */
public final class Windows {
    private final Stage main;
    private final Messages messages;
    private final Map<String, Stage> panels = new HashMap<>();

    public Windows(Stage main, Messages messages) {
        this.main = main;
        this.messages = messages;
    }

    /** The main window's scene around {@code root}. Any thread until shown. */
    public Scene mainScene(Parent root) {
        return scene(root);
    }

    /**
     * A dialog, modal over the main window; {@code content} gets what closes it. The caller shows it, so that it
     * can first load what the dialog needs.
     */
    public Stage dialog(String title, Function<Runnable, Parent> content) {
        return dialog(prepareDialog(title, content));
    }

    /**
     * A dialog's content and scene, made before its window: on any thread (nodes may be built off the FX thread
     * until they are in a showing window), so that start-up can build the connection dialog on a worker.
     */
    public PreparedDialog prepareDialog(String title, Function<Runnable, Parent> content) {
        PreparedDialog prepared = new PreparedDialog(title);
        prepared.scene = scene(content.apply(prepared::close));
        return prepared;
    }

    /** The window for a prepared dialog, modal over the main window. FX thread; the caller shows it. */
    public Stage dialog(PreparedDialog prepared) {
        Stage dialog = new Stage();
        dialog.initOwner(main);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(prepared.title);
        dialog.setScene(prepared.scene);
        growToFit(dialog);
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN,
                e -> NotificationLayer.of(dialog).moveTo(NotificationLayer.of(main)));
        prepared.stage = dialog;
        return dialog;
    }

    /** A dialog's scene, built ahead of its window; see {@link #prepareDialog}. */
    public static final class PreparedDialog {
        private final String title;
        private Scene scene;
        private volatile Stage stage;

        private PreparedDialog(String title) {
            this.title = title;
        }

        /**
         * Styles the content now, on this thread, so that showing it (on the FX thread) finds the skins made and
         * the styles applied: JavaFX's style manager takes concurrent use (it locks), and the nodes are in no window
         * yet. Not laid out here: measuring text goes through a text layout the controls share, which the FX
         * thread may be using at the same moment.
         */
        public void style() {
            scene.getRoot().applyCss();
        }

        /** Its window once made, else null. */
        public Stage stage() {
            return stage;
        }

        private void close() {
            Stage made = stage;
            if (made != null) {
                made.close();
            }
        }
    }

    /**
     * A panel beside the main window (Messages, Request log), not modal. Asked again while it is open, the panel
     * comes to the front instead of opening twice.
     */
    public Stage panel(String id, String title, Function<Runnable, Parent> content, double width, double height,
                       Runnable onHidden) {
        Stage open = panels.get(id);
        if (open != null && open.isShowing()) {
            open.toFront();
            return open;
        }
        Stage panel = new Stage();
        panel.initOwner(main);
        panel.setTitle(title);
        Scene scene = scene(content.apply(panel::close));
        panel.setScene(scene);
        panel.setWidth(width);
        panel.setHeight(height);
        panel.getScene().getRoot().setId(id);
        panels.put(id, panel);
        panel.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> onHidden.run());
        panel.show();
        return panel;
    }

    /** Whether the panel {@code id} is showing. */
    public boolean isOpen(String id) {
        Stage open = panels.get(id);
        return open != null && open.isShowing();
    }

    /**
     * A message that appears in a dialog (a failed test, a field error) makes the dialog taller rather than being
     * cut to "…could not be resolve…": after each layout the window grows to its content's minimum height.
     */
    private static void growToFit(Stage dialog) {
        Scene scene = dialog.getScene();
        scene.addPostLayoutPulseListener(() -> {
            double missing = scene.getRoot().minHeight(scene.getWidth()) - scene.getHeight();
            double room = Screen.getPrimary().getVisualBounds().getHeight() - dialog.getHeight();
            if (dialog.isShowing() && missing > 0.5 && room > 0) {
                dialog.setHeight(dialog.getHeight() + Math.min(Math.ceil(missing), room));
            }
        });
    }

    private Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Fxml.stylesheet());
        NotificationLayer.install(scene, FxNotifier.labels(messages));
        return scene;
    }
}
