package org.badgemanager.activities;

import java.util.List;

/**
 * What happened to one backed-up activity in a restore: its new id, or why there is none.
 *
 * @param lost fields of the backup the new activity does not have as they were (see {@link RestorePlan#lost()})
 */
public record RestoreOutcome(long oldId, Status status, Long newId, String code, String description,
                             List<String> lost, List<RestorePlan.Change> changes, RestorePlan.Refusal refusal) {

    /**
     * {@code UNKNOWN}: the add went out and its answer was lost, so the activity may exist now. It is never sent
     * again (a second add would make a duplicate): the user checks the portal.
     */
    public enum Status { RESTORED, REFUSED, FAILED, UNKNOWN, NOT_ATTEMPTED }

    static RestoreOutcome restored(RestorePlan plan, long newId) {
        return new RestoreOutcome(plan.oldId(), Status.RESTORED, newId, null, null, plan.lost(), plan.changes(), null);
    }

    static RestoreOutcome refused(RestorePlan plan) {
        return new RestoreOutcome(plan.oldId(), Status.REFUSED, null, null, null, List.of(), List.of(), plan.refusal());
    }

    static RestoreOutcome failed(RestorePlan plan, String code, String description) {
        return new RestoreOutcome(plan.oldId(), Status.FAILED, null, code, description, List.of(), List.of(), null);
    }

    static RestoreOutcome unknown(RestorePlan plan, String code, String description) {
        return new RestoreOutcome(plan.oldId(), Status.UNKNOWN, null, code, description, List.of(), List.of(), null);
    }

    static RestoreOutcome notAttempted(RestorePlan plan) {
        return new RestoreOutcome(plan.oldId(), Status.NOT_ATTEMPTED, null, null, null, List.of(), List.of(), null);
    }
}
