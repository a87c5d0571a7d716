package org.badgemanager.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;
import org.badgemanager.badges.BadgeType;

/** A badge drawn the way the kanban draws it: upper-case text on the type's colour. */
public final class BadgeChip extends Label {

    public BadgeChip() {
        getStyleClass().add("badge-chip");
    }

    public BadgeChip(String text, BadgeType type) {
        this();
        show(text, type);
    }

    public void show(String text, BadgeType type) {
        setText(text == null ? "" : text.toUpperCase(Locale.ROOT));
        if (type == null) {
            setStyle("");
            return;
        }
        setStyle("-fx-text-fill: " + type.textColor() + "; -fx-background-color: " + type.backgroundColor() + ";");
    }
}
