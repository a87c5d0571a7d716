package org.badgemanager.badgesets;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.badgemanager.badges.Badge;

/**
 * One row of a comparison: a code, its state, both badges (null on the side that lacks it) and, when different,
 * every difference in detail.
 */
public record CodeComparison(String code, CodeState state, Badge left, Badge right, List<FieldDifference> differences) {

    public CodeComparison {
        differences = List.copyOf(differences);
    }

    /** The fields that differ, in the order type, title, value. */
    public Set<BadgeField> differentFields() {
        Set<BadgeField> fields = new LinkedHashSet<>();
        for (BadgeField f : BadgeField.values()) {
            if (differences.stream().anyMatch(d -> d.field() == f)) {
                fields.add(f);
            }
        }
        return fields;
    }
}
