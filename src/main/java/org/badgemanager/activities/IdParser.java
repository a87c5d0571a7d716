package org.badgemanager.activities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads activity ids as admins type or paste them: numbers and ranges in any mix ({@code 12, 15-20 33}), one
 * per line, or a spreadsheet column. Anything that is not a separator, a number or a range is reported with its
 * line, and so is a range that runs backwards ({@code 5-1}). Limits keep a careless paste from freezing the window: the text length is checked before reading, and
 * a range is measured before it is expanded.
 */
public final class IdParser {
    /** About 20 000 ids written one by one; more than that belongs in ranges or a search. */
    public static final int MAX_INPUT_CHARS = 200_000;
    public static final int MAX_IDS = 100_000;
    /** A range with more ids than this is probably a typo (an extra digit) and is confirmed before use. */
    public static final long WIDE_RANGE = 1_000;
    private static final int PROBLEMS_KEPT = 20;
    private static final int TOKEN_SHOWN = 24;
    private static final int MAX_DIGITS = 18;
    // Dashes typed or pasted from office programs, and "..", all mean a range; quotes come from CSV columns.
    private static final Pattern TOKEN = Pattern.compile(
            "(\\d+)\\s*(?:-|\\u2013|\\u2014|\\.\\.)\\s*(\\d+)|[^\\s,;|\"']+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private IdParser() {
    }

    public static IdSelection parse(String text) {
        if (text == null || text.isBlank()) {
            return IdSelection.empty();
        }
        if (text.length() > MAX_INPUT_CHARS) {
            return new IdSelection(List.of(), 0, List.of(), 0, List.of(), IdSelection.Limit.INPUT_TOO_LONG);
        }
        return new Reading().read(text);
    }

    /** The state of one parse. */
    private static final class Reading {
        private final Set<Long> ids = new LinkedHashSet<>();
        private final List<IdSelection.Problem> problems = new ArrayList<>();
        private final List<IdSelection.Range> wide = new ArrayList<>();
        private int problemCount;
        private int duplicates;

        IdSelection read(String text) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = TOKEN.matcher(lines[i]);
                while (m.find()) {
                    if (!take(m, i + 1)) {
                        return result(IdSelection.Limit.TOO_MANY_IDS);
                    }
                }
            }
            return result(IdSelection.Limit.NONE);
        }

        /** False when the ids would pass {@link #MAX_IDS}. */
        private boolean take(Matcher m, int line) {
            if (m.group(1) != null) {
                Long a = number(m.group(1), m.group(), line);
                Long b = number(m.group(2), m.group(), line);
                if (a != null && b != null && a > b) {
                    // "5-1" is more likely a slip than a wish for 1-5: refused, with the reading it might have meant
                    problem(m.group(), line, IdSelection.Reason.REVERSED);
                    return true;
                }
                return a == null || b == null || addRange(a, b);
            }
            String token = m.group();
            if (!DIGITS.matcher(token).matches()) {
                problem(token, line, IdSelection.Reason.NOT_AN_ID);
                return true;
            }
            Long id = number(token, token, line);
            return id == null || add(id);
        }

        private Long number(String digits, String token, int line) {
            String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
            if (trimmed.length() > MAX_DIGITS) {
                problem(token, line, IdSelection.Reason.TOO_BIG);
                return null;
            }
            long value = Long.parseLong(trimmed);
            if (value == 0) {
                problem(token, line, IdSelection.Reason.ZERO);
                return null;
            }
            return value;
        }

        private boolean addRange(long from, long to) {
            IdSelection.Range range = new IdSelection.Range(from, to);
            if (ids.size() + range.size() > MAX_IDS) {
                return false;
            }
            if (range.size() > WIDE_RANGE) {
                wide.add(range);
            }
            for (long id = from; id <= to; id++) {
                add(id);
            }
            return true;
        }

        private boolean add(long id) {
            if (!ids.add(id)) {
                duplicates++;
            }
            return ids.size() <= MAX_IDS;
        }

        private void problem(String token, int line, IdSelection.Reason reason) {
            problemCount++;
            if (problems.size() < PROBLEMS_KEPT) {
                String shown = token.length() > TOKEN_SHOWN ? token.substring(0, TOKEN_SHOWN) + "\u2026" : token;
                problems.add(new IdSelection.Problem(shown, line, reason));
            }
        }

        private IdSelection result(IdSelection.Limit limit) {
            return new IdSelection(List.copyOf(ids), duplicates, List.copyOf(problems), problemCount,
                    List.copyOf(wide), limit);
        }
    }
}
