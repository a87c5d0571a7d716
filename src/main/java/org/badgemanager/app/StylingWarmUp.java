package org.badgemanager.app;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.badgemanager.ui.common.Fxml;

/**
 * What the first styling in a process pays once, paid on a thread of its own while the FX thread opens the window
 * and the dialog's worker loads the connection dialog (model, FXML): the app's stylesheet parsed, the controls'
 * skin and CSS classes initialised, the fonts loaded. It styles a throwaway scene with one control of each type the
 * dialog shows, so that the dialog's own styling then finds that done (measured here: the dialog's styling ~500 ms
 * cold, 15–35 ms after). Styled, not laid out; still, skins may measure text while they are made, through a text
 * layout all controls share: nothing else may style or lay out controls until it is done (the dialog's worker
 * waits for it before styling, and the FX thread opens the dialog only after that). Start it after the theme is
 * set: a control class initialised before would ask for JavaFX's own theme.
 */
final class StylingWarmUp {
    private StylingWarmUp() {
    }

    /** Starts it on a daemon thread; the future ends when it is done (the dialog need not wait for it). */
    static CompletableFuture<Void> start() {
        return StartupPreparation.onOwnThread("styling-warm-up", () -> {
            styleThrowawayScene();
            return null;
        });
    }

    static void styleThrowawayScene() {
        Label muted = new Label("x");
        muted.getStyleClass().add("muted");
        VBox root = new VBox(muted, new Label("x"), new Button("x"), new TextField("x"), new ComboBox<String>(),
                new CheckBox("x"), new RadioButton("x"), new ProgressIndicator(0), new FlowPane(),
                new HBox(new StackPane()));
        root.getStyleClass().add("form");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Fxml.stylesheet());
        root.applyCss();
        StartupProbe.mark("styling warmed up");
    }
}
