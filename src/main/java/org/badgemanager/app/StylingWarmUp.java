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
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.badgemanager.ui.common.Fxml;

/**
 * What the first styling in a process pays once, paid on a thread of its own while the FX thread sets the theme
 * and opens the window, and the dialog's worker loads the connection dialog (model, FXML), in two parts:
 * <ol>
 *   <li>text: the fonts found and loaded and a first text laid out (~80 ms here). It needs no theme, so it runs
 *   while the FX thread sets it;</li>
 *   <li>styling, once the theme is set: the app's stylesheet loaded, the controls' skin and CSS classes
 *   initialised, by styling a throwaway scene with one control of each type the dialog shows, so that the
 *   dialog's own styling then finds that done (measured here: the dialog's styling ~500 ms cold, 15–35 ms
 *   after). Only after the theme: a control class initialised before would ask for JavaFX's own theme.</li>
 * </ol>
 * Styled, not laid out; still, text is measured here and skins may measure text while they are made, through a
 * text layout all controls share: nothing else may style, lay out or measure text until it is done (the dialog's
 * worker waits for it before styling, and the FX thread opens the dialog only after that).
 */
final class StylingWarmUp {
    private StylingWarmUp() {
    }

    /**
     * Starts it on a daemon thread; its styling part waits for {@code themeSet}. The future ends when it is done
     * (the dialog need not wait for it).
     */
    static CompletableFuture<Void> start(CompletableFuture<Void> themeSet) {
        return StartupPreparation.onOwnThread("styling-warm-up", () -> {
            layOutFirstText();
            themeSet.join();
            styleThrowawayScene();
            return null;
        });
    }

    /** The dialog's text: the UI font, regular and bold (headings, the default button), measured once. */
    static void layOutFirstText() {
        Font regular = Font.getDefault();
        new Text("x").getLayoutBounds();
        Text bold = new Text("x");
        bold.setFont(Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize()));
        bold.getLayoutBounds();
        StartupProbe.mark("text warmed up");
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
