package org.badgemanager.badges;

import java.util.Arrays;
import java.util.Optional;

/** The five colours a badge may have (their kanban palette is in app.css, {@code .badge-chip.<type>}). */
public enum BadgeType {
    SUCCESS("success"),
    FAILURE("failure"),
    WARNING("warning"),
    PRIMARY("primary"),
    SECONDARY("secondary");

    private final String wireName;

    BadgeType(String wireName) {
        this.wireName = wireName;
    }

    /** The exact, case-sensitive value the portal accepts. */
    public String wireName() {
        return wireName;
    }

    public static Optional<BadgeType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst();
    }
}
