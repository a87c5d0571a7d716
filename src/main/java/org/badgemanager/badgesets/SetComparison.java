package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Two badge sets compared code by code: every code of either side once, in the left side's order and then the
 * right side's new codes. Immutable; pure (no calls).
 */
public record SetComparison(BadgeSet left, BadgeSet right, List<CodeComparison> rows) {

    public SetComparison {
        rows = List.copyOf(rows);
    }

    public static SetComparison compare(BadgeSet left, BadgeSet right) {
        return SetComparer.compare(left, right);
    }

    /** The same comparison seen from the other side: a plan is always from the left (source) to the right (target). */
    public SetComparison swapped() {
        return compare(right, left);
    }

    public List<CodeComparison> rows(CodeState... states) {
        Set<CodeState> wanted = states.length == 0 ? EnumSet.allOf(CodeState.class)
                : EnumSet.copyOf(Arrays.asList(states));
        return rows.stream().filter(r -> wanted.contains(r.state())).toList();
    }

    public long count(CodeState state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }

    /** True when both sides hold exactly the same badges (the order does not matter). */
    public boolean isSame() {
        return rows.stream().allMatch(r -> r.state() == CodeState.SAME);
    }

    /** The shape for scripts ({@code --json}): see docs/badge-sets.md. */
    public ObjectNode toJson() {
        return SetComparer.toJson(this);
    }
}
