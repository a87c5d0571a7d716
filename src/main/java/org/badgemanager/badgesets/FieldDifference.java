package org.badgemanager.badgesets;

/**
 * One difference inside a badge, for showing side by side: a type, or one language of a text.
 *
 * @param language the language id of a per-language text; {@link #ALL_LANGUAGES} for a text that is one string
 *                 for every language; null for {@link BadgeField#TYPE}
 * @param left     the left side's text (or type's wire name); null when that side has none in this language
 * @param right    the same for the right side
 */
public record FieldDifference(BadgeField field, String language, String left, String right) {
    /** The "language" of a text kept as one string (shown as "all languages"). */
    public static final String ALL_LANGUAGES = "";
}
