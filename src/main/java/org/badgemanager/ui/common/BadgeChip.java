package org.badgemanager.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;
import org.badgemanager.badges.BadgeType;

/**
 * A badge drawn the way the kanban draws it: upper-case text on the type's colours. The colours are style
 * classes in app.css ({@code .badge-chip.failure}…), not inline styles: a table re-fills its chips on every
 * scroll and keystroke, and an inline style would be parsed as CSS each time.
 */
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
        for (BadgeType t : BadgeType.values()) {
            if (t != type) {
                getStyleClass().remove(t.wireName());
            }
        }
        if (type != null && !getStyleClass().contains(type.wireName())) {
            getStyleClass().add(type.wireName());
        }
    }
}
