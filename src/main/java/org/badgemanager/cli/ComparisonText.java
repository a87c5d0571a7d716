package org.badgemanager.cli;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badgesets.CodeComparison;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.badgesets.FieldDifference;
import org.badgemanager.badgesets.SetComparison;

/**
 * A comparison for people: a line per code that is not the same (its state, and for a different one each field
 * and language with both texts), then the counts.
 */
final class ComparisonText {
    /** A field line under its code (a properties file drops leading spaces, so the indent is added here). */
    private static final String INDENT = "    ";
    private final Texts texts;

    ComparisonText(Texts texts) {
        this.texts = texts;
    }

    /** {@code left}/{@code right}: what each side is, as the user named it (a file, the portal). */
    List<String> lines(SetComparison comparison, String left, String right) {
        List<String> lines = new ArrayList<>();
        for (CodeComparison row : comparison.rows(CodeState.ONLY_LEFT, CodeState.ONLY_RIGHT, CodeState.DIFFERENT)) {
            switch (row.state()) {
                case ONLY_LEFT -> lines.add(texts.get("compare.onlyLeft", row.code(), left));
                case ONLY_RIGHT -> lines.add(texts.get("compare.onlyRight", row.code(), right));
                default -> {
                    lines.add(texts.get("compare.different", row.code()));
                    row.differences().forEach(d -> lines.add(difference(d, left, right)));
                }
            }
        }
        lines.add(texts.get("compare.counts", comparison.count(CodeState.SAME), comparison.count(CodeState.DIFFERENT),
                comparison.count(CodeState.ONLY_LEFT), left, comparison.count(CodeState.ONLY_RIGHT), right));
        return lines;
    }

    private String difference(FieldDifference d, String left, String right) {
        String field = d.field().name().toLowerCase(java.util.Locale.ROOT);
        String where = d.language() == null || d.language().equals(FieldDifference.ALL_LANGUAGES) ? field
                : field + " [" + d.language() + "]";
        return INDENT + texts.get("compare.field", where, left, shown(d.left()), right, shown(d.right()));
    }

    private String shown(String text) {
        return text == null ? texts.get("compare.none") : "\"" + text + "\"";
    }
}
