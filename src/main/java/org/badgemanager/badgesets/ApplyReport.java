package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Every step's outcome, in plan order, and whether the run was cancelled. */
public record ApplyReport(List<StepOutcome> outcomes, boolean cancelled) {

    public ApplyReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(StepOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    /** Every step done (now or before): the target holds what the plan meant. */
    public boolean complete() {
        return !cancelled && outcomes.stream().allMatch(o -> o.result() == StepOutcome.Result.DONE
                || o.result() == StepOutcome.Result.ALREADY_DONE);
    }

    /** The shape for scripts ({@code --json}): see docs/badge-sets.md. */
    public ObjectNode toJson() {
        throw new UnsupportedOperationException("TODO");
    }
}
