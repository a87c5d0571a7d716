package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.badgemanager.bitrix.Json;

/**
 * Every step's outcome, in plan order, and whether the run was cancelled.
 *
 * @param backupFile the badge-set file holding the target's badges as they were before the first change (apply it
 *                   to undo the run), or null when no change was sent or no backup folder was given
 * @param repaired   what a killed or cut-off earlier change had left in the journal and this run settled first
 *                   (the window and the command line say so, as a connect does); usually empty
 */
public record ApplyReport(List<StepOutcome> outcomes, boolean cancelled, java.nio.file.Path backupFile,
                          List<org.badgemanager.badges.Reconciled> repaired) {

    public ApplyReport {
        outcomes = List.copyOf(outcomes);
        repaired = List.copyOf(repaired);
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
        if (backupFile != null) {
            root.put("backup", backupFile.toString());
        }
        if (!repaired.isEmpty()) {
            ArrayNode settled = root.putArray("repairedFirst");
            repaired.forEach(r -> settled.addObject().put("code", r.edit().old().code())
                    .put("result", r.result().name().toLowerCase(Locale.ROOT)));
        }
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
