package org.badgemanager.badges;

import java.util.Arrays;
import java.util.Optional;

/** The five colours a badge may have, with the kanban's own palette for previews. */
public enum BadgeType {
    SUCCESS("success", "#76950b", "#e9f6d6"),
    FAILURE("failure", "#dd4e5f", "#f3d5d3"),
    WARNING("warning", "#755c18", "#ebe997"),
    PRIMARY("primary", "#1097c2", "#dcf5fd"),
    SECONDARY("secondary", "#79818b", "#e0e2e4");

    private final String wireName;
    private final String textColor;
    private final String backgroundColor;

    BadgeType(String wireName, String textColor, String backgroundColor) {
        this.wireName = wireName;
        this.textColor = textColor;
        this.backgroundColor = backgroundColor;
    }

    /** The exact, case-sensitive value the portal accepts. */
    public String wireName() {
        return wireName;
    }

    public String textColor() {
        return textColor;
    }

    public String backgroundColor() {
        return backgroundColor;
    }

    public static Optional<BadgeType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst();
    }
}
