package org.badgemanager.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (beside its controller class) with the UI bundle and a ready-made controller. */
public final class Fxml {
    /** The app's one stylesheet; every scene and dialog pane uses it. */
    public static final String STYLESHEET = "/org/badgemanager/ui/app.css";
    private Fxml() {
    }

    public static String stylesheet() {
        return Fxml.class.getResource(STYLESHEET).toExternalForm();
    }

    public static Parent load(Object controller, String fxmlName, Messages messages) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxmlName), messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxmlName, e);
        }
    }
}
