package org.badgemanager.activities;

import java.util.List;

/**
 * What {@link IdParser} read from the admin's text: the distinct ids in the order written, what it could not
 * read, ranges wide enough to deserve a second look, and whether a limit stopped it.
 */
public record IdSelection(List<Long> ids, int duplicates, List<Problem> problems, int problemCount,
                          List<Range> wideRanges, Limit limit) {

    public enum Limit { NONE, INPUT_TOO_LONG, TOO_MANY_IDS }

    public enum Reason { NOT_AN_ID, ZERO, TOO_BIG, REVERSED }

    /** A piece of text that is not an id, with the line it is on (from 1). */
    public record Problem(String token, int line, Reason reason) {
    }

    /** An inclusive range of ids as written, low end first. */
    public record Range(long from, long to) {
        public long size() {
            return to - from + 1;
        }
    }

    public static IdSelection empty() {
        return new IdSelection(List.of(), 0, List.of(), 0, List.of(), Limit.NONE);
    }

    /** Nothing stops a run over these ids. */
    public boolean usable() {
        return limit == Limit.NONE && !ids.isEmpty();
    }
}
