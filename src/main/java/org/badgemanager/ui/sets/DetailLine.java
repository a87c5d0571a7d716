package org.badgemanager.ui.sets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeField;
import org.badgemanager.badgesets.CodeComparison;
import org.badgemanager.badgesets.FieldDifference;
import org.badgemanager.ui.common.Messages;

/**
 * One line of the side-by-side pane: a field (type, or a text in one language) with the left and the right text.
 * For a different badge only what differs is listed; for the others every field, so the user still reads the
 * badge whole.
 */
public record DetailLine(String field, String language, String left, String right, boolean differs) {

    public static List<DetailLine> of(CodeComparison row, Messages messages) {
        List<DetailLine> lines = new ArrayList<>();
        if (!row.differences().isEmpty()) {
            for (FieldDifference d : row.differences()) {
                lines.add(new DetailLine(fieldName(d.field(), messages), language(d.field(), d.language(), messages),
                        shown(d.field(), d.left(), messages), shown(d.field(), d.right(), messages), true));
            }
            return lines;
        }
        Badge left = row.left();
        Badge right = row.right();
        lines.add(new DetailLine(fieldName(BadgeField.TYPE, messages), "",
                left == null ? "" : typeName(left, messages), right == null ? "" : typeName(right, messages), false));
        addTexts(lines, BadgeField.TITLE, left == null ? null : left.title(), right == null ? null : right.title(),
                messages);
        addTexts(lines, BadgeField.VALUE, left == null ? null : left.value(), right == null ? null : right.value(),
                messages);
        return lines;
    }

    private static void addTexts(List<DetailLine> lines, BadgeField field, LocalizedText left, LocalizedText right,
                                 Messages messages) {
        Set<String> languages = new LinkedHashSet<>();
        for (LocalizedText t : new LocalizedText[] {left, right}) {
            if (t instanceof LocalizedText.PerLanguage per) {
                languages.addAll(per.texts().keySet());
            } else if (t != null) {
                languages.add(FieldDifference.ALL_LANGUAGES);
            }
        }
        for (String lang : languages) {
            lines.add(new DetailLine(fieldName(field, messages), language(field, lang, messages),
                    textIn(left, lang), textIn(right, lang), false));
        }
    }

    private static String textIn(LocalizedText text, String language) {
        if (text instanceof LocalizedText.PerLanguage per) {
            return per.texts().getOrDefault(language, "");
        }
        return text == null || !language.isEmpty() ? "" : text.forLanguage("en");
    }

    private static String fieldName(BadgeField field, Messages messages) {
        return messages.get("sets.field." + field.name());
    }

    private static String language(BadgeField field, String language, Messages messages) {
        if (field == BadgeField.TYPE || language == null) {
            return "";
        }
        return language.isEmpty() ? messages.get("column.allLanguages") : language;
    }

    /** A type as the user knows it ("Failure"), a missing text as a dash. */
    private static String shown(BadgeField field, String text, Messages messages) {
        if (text == null) {
            return "\u2014";
        }
        return field == BadgeField.TYPE ? messages.get("typeName." + text) : text;
    }

    private static String typeName(Badge badge, Messages messages) {
        return messages.get("typeName." + badge.type().wireName());
    }
}
