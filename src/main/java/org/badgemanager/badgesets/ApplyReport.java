package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.badgemanager.bitrix.Json;

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
        ObjectNode root = Json.object();
        root.put("complete", complete());
        root.put("cancelled", cancelled);
        ObjectNode counts = root.putObject("counts");
        for (StepOutcome.Result result : StepOutcome.Result.values()) {
            counts.put(name(result), count(result));
        }
        ArrayNode steps = root.putArray("steps");
        for (StepOutcome o : outcomes) {
            ObjectNode node = steps.addObject();
            node.put("code", o.code());
            node.put("action", o.kind().name().toLowerCase(Locale.ROOT));
            node.put("result", name(o.result()));
            if (o.bitrixCode() != null) {
                node.put("error", o.bitrixCode());
            }
            if (o.description() != null && !o.description().isEmpty()) {
                node.put("description", o.description());
            }
            if (o.reasonKey() != null) {
                node.put("reason", o.reasonKey().substring(o.reasonKey().lastIndexOf('.') + 1));
            }
        }
        return root;
    }

    private static String name(StepOutcome.Result result) {
        return result.name().toLowerCase(Locale.ROOT);
    }
}
