package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.Json;

/** Builds {@link SetComparison}s: pairs badges by code and lists what differs, language by language. */
final class SetComparer {
    private SetComparer() {
    }

    static SetComparison compare(BadgeSet left, BadgeSet right) {
        Map<String, Badge> lefts = left.byCode();
        Map<String, Badge> rights = right.byCode();
        Set<String> codes = new LinkedHashSet<>(lefts.keySet());
        codes.addAll(rights.keySet());
        List<CodeComparison> rows = new ArrayList<>(codes.size());
        for (String code : codes) {
            rows.add(row(code, lefts.get(code), rights.get(code)));
        }
        return new SetComparison(left, right, rows);
    }

    private static CodeComparison row(String code, Badge l, Badge r) {
        if (r == null) {
            return new CodeComparison(code, CodeState.ONLY_LEFT, l, null, List.of());
        }
        if (l == null) {
            return new CodeComparison(code, CodeState.ONLY_RIGHT, null, r, List.of());
        }
        List<FieldDifference> differences = new ArrayList<>();
        if (l.type() != r.type()) {
            differences.add(new FieldDifference(BadgeField.TYPE, null, l.type().wireName(), r.type().wireName()));
        }
        texts(BadgeField.TITLE, l.title(), r.title(), differences);
        texts(BadgeField.VALUE, l.value(), r.value(), differences);
        return new CodeComparison(code, differences.isEmpty() ? CodeState.SAME : CodeState.DIFFERENT, l, r,
                differences);
    }

    /**
     * Language by language; a one-string text counts as the language {@link FieldDifference#ALL_LANGUAGES}, so a
     * text that changed shape (one string on one side, per language on the other) is a difference even when its
     * words are the same: the portal stores and shows the two differently.
     */
    private static void texts(BadgeField field, LocalizedText l, LocalizedText r, List<FieldDifference> out) {
        if (l.equals(r)) {
            return; // the order of languages alone is no difference (maps compare without order)
        }
        Map<String, String> lm = asMap(l);
        Map<String, String> rm = asMap(r);
        Set<String> languages = new LinkedHashSet<>(lm.keySet());
        languages.addAll(rm.keySet());
        for (String language : languages) {
            String lt = lm.get(language);
            String rt = rm.get(language);
            if (!Objects.equals(lt, rt)) {
                out.add(new FieldDifference(field, language, lt, rt));
            }
        }
    }

    private static Map<String, String> asMap(LocalizedText text) {
        if (text instanceof LocalizedText.PerLanguage per) {
            return per.texts();
        }
        return Map.of(FieldDifference.ALL_LANGUAGES, ((LocalizedText.Plain) text).text());
    }

    static ObjectNode toJson(SetComparison comparison) {
        ObjectNode root = Json.object();
        root.put("same", comparison.isSame());
        ObjectNode counts = root.putObject("counts");
        for (CodeState state : CodeState.values()) {
            counts.put(state.name().toLowerCase(java.util.Locale.ROOT), comparison.count(state));
        }
        ArrayNode rows = root.putArray("codes");
        for (CodeComparison row : comparison.rows()) {
            ObjectNode node = rows.addObject();
            node.put("code", row.code());
            node.put("state", row.state().name().toLowerCase(java.util.Locale.ROOT));
            if (row.left() != null) {
                node.set("left", row.left().toJson());
            }
            if (row.right() != null) {
                node.set("right", row.right().toJson());
            }
            if (!row.differences().isEmpty()) {
                ArrayNode diffs = node.putArray("differences");
                for (FieldDifference d : row.differences()) {
                    ObjectNode dn = diffs.addObject();
                    dn.put("field", d.field().name().toLowerCase(java.util.Locale.ROOT));
                    if (d.language() != null) {
                        dn.put("language", d.language());
                    }
                    dn.put("left", d.left());
                    dn.put("right", d.right());
                }
            }
        }
        return root;
    }
}
