package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.Json;

/**
 * Turns a comparison and the user's choices into an {@link ApplyPlan}, and lists its calls in the order
 * {@link PlanApplier} sends them: the adds (50 to a batch), then each replace (delete, add), then the deletes
 * (50 to a batch).
 */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static ApplyPlan build(SetComparison comparison, PlanOptions options) {
        List<PlanStep> adds = new ArrayList<>();
        List<PlanStep> replaces = new ArrayList<>();
        List<PlanStep> deletes = new ArrayList<>();
        for (CodeComparison row : comparison.rows()) {
            if (!options.includes(row.code())) {
                continue;
            }
            switch (row.state()) {
                case ONLY_LEFT -> {
                    if (options.addMissing()) {
                        adds.add(new PlanStep(PlanStep.Kind.ADD, row.code(), row.left(), null));
                    }
                }
                case DIFFERENT -> {
                    if (options.replaceDifferent()) {
                        replaces.add(new PlanStep(PlanStep.Kind.REPLACE, row.code(), row.left(), row.right()));
                    }
                }
                case ONLY_RIGHT -> {
                    if (options.deleteExtra()) {
                        deletes.add(new PlanStep(PlanStep.Kind.DELETE, row.code(), null, row.right()));
                    }
                }
                case SAME -> {
                    // nothing to do
                }
            }
        }
        List<PlanStep> steps = new ArrayList<>(adds);
        steps.addAll(replaces);
        steps.addAll(deletes);
        return new ApplyPlan(steps);
    }

    static List<PlannedCall> calls(ApplyPlan plan) {
        List<PlannedCall> calls = new ArrayList<>();
        plan.steps().forEach(step -> calls.addAll(step.calls()));
        return calls;
    }

    /** How many HTTP requests the plan makes when all goes well (a batch is one). */
    static int requests(ApplyPlan plan) {
        int adds = plan.steps(PlanStep.Kind.ADD).size();
        int deletes = plan.steps(PlanStep.Kind.DELETE).size();
        return batches(adds) + 2 * plan.steps(PlanStep.Kind.REPLACE).size() + batches(deletes)
                + (plan.isEmpty() ? 0 : 1); // the target is read once before the first change
    }

    private static int batches(int commands) {
        return (commands + BitrixClient.MAX_BATCH_COMMANDS - 1) / BitrixClient.MAX_BATCH_COMMANDS;
    }

    static ObjectNode toJson(ApplyPlan plan) {
        ObjectNode root = Json.object();
        ObjectNode counts = root.putObject("counts");
        for (PlanStep.Kind kind : PlanStep.Kind.values()) {
            counts.put(kind.name().toLowerCase(Locale.ROOT), plan.steps(kind).size());
        }
        root.put("requests", requests(plan));
        ArrayNode steps = root.putArray("steps");
        for (PlanStep step : plan.steps()) {
            ObjectNode node = steps.addObject();
            node.put("code", step.code());
            node.put("action", step.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode calls = node.putArray("calls");
            for (PlannedCall call : step.calls()) {
                ObjectNode c = calls.addObject();
                c.put("method", call.method());
                c.set("params", call.params());
                c.put("inBatch", call.inBatch());
            }
        }
        return root;
    }
}
