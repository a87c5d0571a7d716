package org.badgemanager.badgesets;

import java.util.List;
import org.badgemanager.badges.Badge;

/**
 * One change on the target.
 *
 * @param wanted  the badge the target should hold after the step (null for a delete)
 * @param current the target's badge as the comparison saw it (null for an add)
 */
public record PlanStep(Kind kind, String code, Badge wanted, Badge current) {

    public enum Kind {
        /** crm.activity.badge.add; several go in one batch. */
        ADD,
        /** The editor's journaled replace: delete, then add (the old one is put back if the add is refused). */
        REPLACE,
        /** A journaled delete (the badge goes to Recently deleted); a badge in use is refused, never forced. */
        DELETE
    }

    /** The exact calls this step makes when all goes well, in order. */
    public List<PlannedCall> calls() {
        return switch (kind) {
            case ADD -> List.of(PlannedCall.add(code, wanted, true));
            case REPLACE -> List.of(PlannedCall.delete(code, false), PlannedCall.add(code, wanted, false));
            case DELETE -> List.of(PlannedCall.delete(code, true));
        };
    }
}
