package org.badgemanager.ui.badges;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;

/**
 * A badge as one table row: texts picked for the UI language, plus what search matches against.
 * {@code languages} is empty when one text serves all languages.
 */
public record BadgeRow(Badge badge, String title, String value, String languages, String searchText) {

    public static BadgeRow of(Badge badge, String uiLanguage) {
        Set<String> langs = new TreeSet<>(badge.title().languages());
        langs.addAll(badge.value().languages());
        String languages = String.join(", ", langs);
        String search = (badge.code() + "\n" + allTexts(badge.title()) + "\n" + allTexts(badge.value()))
                .toLowerCase(Locale.ROOT);
        return new BadgeRow(badge, badge.title().forLanguage(uiLanguage), badge.value().forLanguage(uiLanguage),
                languages, search);
    }

    public String code() {
        return badge.code();
    }

    /** Case-insensitive match on code, title and value in every language. */
    public boolean matches(String query) {
        String normalized = normalize(query);
        return normalized.isEmpty() || searchText.contains(normalized);
    }

    /** The query as rows compare it; normalize once per keystroke, not once per row. */
    public static String normalize(String query) {
        return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    /** For a query already {@link #normalize normalized}. */
    public boolean matchesNormalized(String normalizedQuery) {
        return searchText.contains(normalizedQuery);
    }

    /** All translations, for a tooltip: "en: Missed call · ru: Пропущенный". */
    public static String describe(LocalizedText text) {
        if (text instanceof LocalizedText.PerLanguage per) {
            StringBuilder sb = new StringBuilder();
            per.texts().forEach((lang, t) -> sb.append(sb.length() == 0 ? "" : "\n").append(lang).append(": ").append(t));
            return sb.toString();
        }
        return text.forLanguage("en");
    }

    private static String allTexts(LocalizedText text) {
        return text instanceof LocalizedText.PerLanguage per ? String.join("\n", per.texts().values())
                : text.forLanguage("en");
    }
}
