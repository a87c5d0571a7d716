package org.badgemanager.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The message under a form field: red, wrapped and shown whole, taking room only while it has something to say. */
public final class FieldError {
    private FieldError() {
    }

    public static Label bound(String id, ObservableValue<String> text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE); // a wrapped message is never cut to one line
        error.textProperty().bind(text);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
