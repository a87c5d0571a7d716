package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The changes to make on the target (the comparison's right side) so that it holds the source's (left side's)
 * badges, as far as the options say. Immutable; making it calls nothing.
 */
public record ApplyPlan(List<PlanStep> steps) {

    public ApplyPlan {
        steps = List.copyOf(steps);
    }

    public static ApplyPlan from(SetComparison comparison, PlanOptions options) {
        return PlanBuilder.build(comparison, options);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public List<PlanStep> steps(PlanStep.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    /** Every call the plan makes when all goes well, in the order they are sent (the preview). */
    public List<PlannedCall> calls() {
        return PlanBuilder.calls(this);
    }

    /** HTTP requests when all goes well: one read of the target, a batch per 50 adds or deletes, 2 per replace. */
    public int requests() {
        return PlanBuilder.requests(this);
    }

    /** The shape for scripts ({@code --json}, {@code --dry-run}): see docs/badge-sets.md. */
    public ObjectNode toJson() {
        return PlanBuilder.toJson(this);
    }
}
