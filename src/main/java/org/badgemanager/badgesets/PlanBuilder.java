package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Turns a comparison and the user's choices into an {@link ApplyPlan}. */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static ApplyPlan build(SetComparison comparison, PlanOptions options) {
        throw new UnsupportedOperationException("TODO");
    }

    static List<PlannedCall> calls(ApplyPlan plan) {
        throw new UnsupportedOperationException("TODO");
    }

    static ObjectNode toJson(ApplyPlan plan) {
        throw new UnsupportedOperationException("TODO");
    }
}
