package org.badgemanager.badgesets;

/**
 * The JSON badge-set file: {@code {"format": "badge-manager/badges", "version": 1, "badges": [...]}}, each badge
 * exactly as the portal stores it ({@code code}, {@code type}, {@code title}, {@code value}; a text is one string
 * or a map of language id to string). Schema: {@code docs/badge-set.schema.json}.
 */
public final class BadgeSetJson {
    public static final String FORMAT = "badge-manager/badges";
    public static final int VERSION = 1;

    private BadgeSetJson() {
    }

    /** Parses and checks a whole file; every problem is reported with its line and field. */
    public static BadgeSet parse(String text) throws InvalidBadgeSetException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The file's text: pretty-printed, badges in the set's order, a newline at the end (diff-friendly in git). */
    public static String format(BadgeSet set) {
        throw new UnsupportedOperationException("TODO");
    }
}
