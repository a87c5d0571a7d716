package org.badgemanager.ui.editor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The title and value typed in one language tab. */
public final class LanguageTexts {
    private final String language;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public LanguageTexts(String language, String title, String value) {
        this.language = language;
        this.title.set(title == null ? "" : title);
        this.value.set(value == null ? "" : value);
    }

    public String language() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
