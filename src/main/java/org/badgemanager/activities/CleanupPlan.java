package org.badgemanager.activities;

import java.util.List;
import org.badgemanager.badges.Badge;

/**
 * What the guided "free this badge" flow will do: clear the badge on the open carriers this connection's app
 * created ({@code badgeCode: ""}, nothing is deleted), back up and delete the other open carriers, then delete the
 * badge. Completed carriers show no badge and do not block (addendum §1.7); they are left as they are.
 */
public record CleanupPlan(Badge badge, List<Long> toClear, List<Long> toDelete, int completedLeft) {

    /**
     * @param ownClientId the OAuth app's client id of this connection; null for a webhook (which may only delete)
     */
    public static CleanupPlan of(Badge badge, BadgeCarriers carriers, String ownClientId) {
        List<Activity> blocking = carriers.blocking();
        List<Long> clear = blocking.stream()
                .filter(a -> ownClientId != null && ownClientId.equals(a.appClientId())).map(Activity::id).toList();
        List<Long> delete = blocking.stream().map(Activity::id).filter(id -> !clear.contains(id)).toList();
        return new CleanupPlan(badge, clear, delete, carriers.completed().size());
    }

    /** The same plan for the badge as the portal has it now (read right before the run). */
    public CleanupPlan withBadge(Badge current) {
        return new CleanupPlan(current, toClear, toDelete, completedLeft);
    }

    public boolean touchesActivities() {
        return !toClear.isEmpty() || !toDelete.isEmpty();
    }
}
