package org.badgemanager.badgesets;

/**
 * The translators' CSV: {@code code,type,language,title,value}, one row per badge and language. A text kept as
 * one string for every language is on a row with an empty language; a per-language text is on rows with a
 * language id. Since the portal takes no empty text, an empty cell means "not in this row", which makes the
 * shape (one text or per language) survive the round trip: see {@code docs/badge-sets.md}.
 */
public final class BadgeSetCsv {
    public static final java.util.List<String> HEADER = java.util.List.of("code", "type", "language", "title",
            "value");

    private BadgeSetCsv() {
    }

    public static BadgeSet parse(String text) throws InvalidBadgeSetException {
        throw new UnsupportedOperationException("TODO");
    }

    public static String format(BadgeSet set) {
        throw new UnsupportedOperationException("TODO");
    }
}
