package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.EditReconciler;
import org.badgemanager.badges.PendingEdit;
import org.badgemanager.badges.Reconciled;
import org.badgemanager.badges.ReplaceResult;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * Runs an {@link ApplyPlan} on the target portal. Before anything is sent, the journal's leftovers are settled
 * (a killed earlier run) and the target is read again: each step checks it and does only what is still missing,
 * so running the same plan twice changes nothing the second time. Adds and deletes go 50 to a {@code batch};
 * replaces use the editor's journaled {@link BadgeService#replace}; every delete is journaled first, so a kill at
 * any moment loses no badge. Paced by the client; Cancel stops between batches and steps (a step begun is
 * finished). An add or delete whose answer was lost is never sent again blindly: the target is read to see
 * whether it ran. Blocking; no JavaFX.
 */
public final class PlanApplier {
    private final BadgeService target;
    private final BitrixClient client;
    private final SafetyNet net;
    private final Path backupFolder;
    private final String portalName;

    /** @param client the target's client (the same one {@code target} uses), for its batches */
    public PlanApplier(BadgeService target, BitrixClient client) {
        this(target, client, null, null);
    }

    private PlanApplier(BadgeService target, BitrixClient client, Path backupFolder, String portalName) {
        this.target = target;
        this.client = client;
        this.net = target.safetyNet();
        this.backupFolder = backupFolder;
        this.portalName = portalName;
    }

    /**
     * Before its first change, a run writes the target's badges as they are to a badge-set file in this folder
     * ({@code before-apply-<portal>-<time>.json}): applying that file undoes the run. {@code portal} names the
     * target in the file name and the file's {@code source} (an address, never a webhook URL).
     */
    public PlanApplier withBackup(Path folder, String portal) {
        return new PlanApplier(target, client, folder, portal);
    }

    /**
     * Runs the plan and reports every step.
     *
     * @throws BitrixException when the target cannot be read before the first change (nothing was sent then)
     */
    public ApplyReport apply(ApplyPlan plan, ApplyListener listener, BooleanSupplier cancelled) {
        Run run = new Run(plan, listener, cancelled);
        // a killed earlier run is settled first, even when there is nothing left to do: what it left behind is
        // exactly what makes a re-run's plan look empty
        Set<String> settled = new HashSet<>();
        Set<String> unsettled = new HashSet<>();
        run.repaired = new EditReconciler(target).reconcile();
        for (Reconciled r : run.repaired) {
            // a change the journal could not settle yet stays pending: nothing more is sent for its codes
            Set<String> into = r.result() == Reconciled.Result.NOT_SETTLED ? unsettled : settled;
            into.add(r.edit().old().code());
            if (r.edit().updated() != null) {
                into.add(r.edit().updated().code());
            }
        }
        if (plan.isEmpty()) {
            return run.report();
        }
        BadgeSet before = BadgeSet.fromPortal(target);
        Map<String, Badge> now = before.byCode();
        if (backupFolder != null && !run.nothingToSend(now)) {
            run.backup = backup(before);
        }
        run.sort(now, settled, unsettled);
        run.adds();
        run.replaces();
        run.deletes();
        return run.report();
    }

    /** One run's state: the outcomes so far, in the plan's order once reported. */
    private final class Run {
        private final ApplyPlan plan;
        private final ApplyListener listener;
        private final BooleanSupplier cancelled;
        private final Map<PlanStep, StepOutcome> outcomes = new LinkedHashMap<>();
        private boolean stopped;
        private Path backup;
        private List<Reconciled> repaired = List.of();
        private final List<PlanStep> toAdd = new ArrayList<>();
        private final List<Todo> toReplace = new ArrayList<>();
        private final List<Todo> toDelete = new ArrayList<>();

        /** A step still to do, with the target's badge of its code as read just before (null when none). */
        private record Todo(PlanStep step, Badge there) {
        }

        Run(ApplyPlan plan, ApplyListener listener, BooleanSupplier cancelled) {
            this.plan = plan;
            this.listener = listener;
            this.cancelled = cancelled;
        }

        /** True when the target already holds everything the plan means: a re-run writes no backup. */
        boolean nothingToSend(Map<String, Badge> now) {
            return plan.steps().stream().allMatch(step -> step.wanted() == null ? now.get(step.code()) == null
                    : step.wanted().equals(now.get(step.code())));
        }

        boolean stop() {
            stopped |= cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
            return stopped;
        }

        void settle(List<StepOutcome> latest, PlanStep step, StepOutcome.Result result, String code,
                    String reasonKey) {
            settle(latest, step, result, code, null, reasonKey);
        }

        void refused(List<StepOutcome> latest, PlanStep step, BitrixException e, String reasonKey) {
            String reason = reasonKey != null ? reasonKey
                    : e.is("ENTITY_WITH_BADGE_EXISTS") ? StepOutcome.IN_USE
                    : e.outcomeUnknown() ? StepOutcome.UNKNOWN : null;
            settle(latest, step, StepOutcome.Result.REFUSED, e.code(), e.description(), reason);
        }

        void settle(List<StepOutcome> latest, PlanStep step, StepOutcome.Result result, String code,
                    String description, String reasonKey) {
            StepOutcome outcome = new StepOutcome(step.code(), step.kind(), result, code, description, reasonKey);
            outcomes.put(step, outcome);
            latest.add(outcome);
        }

        void tell(List<StepOutcome> latest) {
            if (!latest.isEmpty()) {
                listener.progress(outcomes.size(), plan.steps().size(), List.copyOf(latest));
            }
        }

        /**
         * Decides each step against the target as it is now: what it holds already is done; what changed since the
         * comparison is skipped (the user reviewed something else), unless the change is this app's own journal
         * putting back what a killed run left half done; the rest is an add, a replace or a delete by what the
         * target holds now.
         */
        void sort(Map<String, Badge> now, Set<String> settledByJournal, Set<String> pendingInJournal) {
            List<StepOutcome> latest = new ArrayList<>();
            for (PlanStep step : plan.steps()) {
                Badge there = now.get(step.code());
                boolean wantedThere = step.wanted() == null ? there == null : step.wanted().equals(there);
                boolean asCompared = java.util.Objects.equals(there, step.current())
                        || (step.kind() == PlanStep.Kind.REPLACE && there == null);
                if (wantedThere) {
                    settle(latest, step, StepOutcome.Result.ALREADY_DONE, null, null);
                } else if (pendingInJournal.contains(step.code())) {
                    settle(latest, step, StepOutcome.Result.SKIPPED, null, StepOutcome.PENDING);
                } else if (!asCompared && !settledByJournal.contains(step.code())) {
                    settle(latest, step, StepOutcome.Result.SKIPPED, null, StepOutcome.CHANGED);
                } else if (step.wanted() == null) {
                    toDelete.add(new Todo(step, there));
                } else if (there == null) {
                    toAdd.add(step);
                } else {
                    toReplace.add(new Todo(step, there));
                }
            }
            tell(latest);
        }

        void adds() {
            for (int i = 0; i < toAdd.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
                if (stop()) {
                    return;
                }
                List<PlanStep> chunk = toAdd.subList(i, Math.min(toAdd.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
                List<BatchCommand> commands = new ArrayList<>();
                for (int c = 0; c < chunk.size(); c++) {
                    commands.add(new BatchCommand("add" + c, PlannedCall.ADD, chunk.get(c).wanted().toJson()));
                }
                List<StepOutcome> latest = new ArrayList<>();
                batch(chunk, commands, latest, (step, result) -> { }, (step, error) -> { });
                tell(latest);
            }
        }

        void replaces() {
            for (Todo todo : toReplace) {
                if (stop()) {
                    return;
                }
                List<StepOutcome> latest = new ArrayList<>();
                try {
                    replace(todo.step(), todo.there(), latest);
                } catch (BitrixException e) {
                    if (e.is(BitrixException.CANCELLED)) {
                        stopped = true; // nothing changed (a journal entry, if any, is settled on the next run)
                        return;
                    }
                    refused(latest, todo.step(), e, null);
                }
                tell(latest);
            }
        }

        private void replace(PlanStep step, Badge there, List<StepOutcome> latest) {
            ReplaceResult result = target.replace(there, step.wanted());
            switch (result.outcome()) {
                case REPLACED -> settle(latest, step, StepOutcome.Result.DONE, null, null);
                case ROLLED_BACK -> refused(latest, step, result.addFailure(), null);
                case RESTORE_FAILED -> refused(latest, step, result.addFailure(), StepOutcome.RESTORE_FAILED);
            }
        }

        void deletes() {
            for (int i = 0; i < toDelete.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
                if (stop()) {
                    return;
                }
                List<Todo> chunk = toDelete.subList(i, Math.min(toDelete.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
                List<StepOutcome> latest = new ArrayList<>();
                deleteJournaled(chunk, latest);
                tell(latest);
            }
        }

        /**
         * Every badge of the chunk goes into the journal (synced) before the batch is sent: a kill while it runs
         * leaves entries that the next connect settles, and a deleted badge lands in Recently deleted.
         */
        private void deleteJournaled(List<Todo> todos, List<StepOutcome> latest) {
            net.inFlight().enter();
            Map<PlanStep, PendingEdit> entries = new LinkedHashMap<>();
            Map<PlanStep, Badge> deleting = new LinkedHashMap<>();
            todos.forEach(t -> deleting.put(t.step(), t.there()));
            List<PlanStep> chunk = List.copyOf(deleting.keySet());
            try {
                List<BatchCommand> commands = new ArrayList<>();
                for (int c = 0; c < chunk.size(); c++) {
                    PlanStep step = chunk.get(c);
                    PendingEdit entry = net.journal().begin(PendingEdit.Kind.DELETE, deleting.get(step), null);
                    net.inFlight().running(entry.id());
                    entries.put(step, entry);
                    ObjectNode params = Json.object();
                    params.put("code", step.code());
                    commands.add(new BatchCommand("delete" + c, PlannedCall.DELETE, params));
                }
                batch(chunk, commands, latest, (step, result) -> {
                    net.recentlyDeleted().add(deleting.get(step), Instant.now());
                    net.journal().end(entries.get(step));
                }, (step, error) -> {
                    if (error == null || !mayHaveRun(error)) {
                        net.journal().end(entries.get(step)); // refused: nothing changed
                    } // else: the entry stays for the next run's reconcile, which asks the portal
                });
            } finally {
                entries.values().forEach(e -> net.inFlight().over(e.id()));
                net.inFlight().exit();
            }
        }

        /**
         * Sends one batch and settles each of its steps: a result is done, an error refused with its code. When
         * the batch's own answer was lost (or a command got neither), the target is read to see what happened:
         * nothing is sent twice blindly.
         */
        private void batch(List<PlanStep> chunk, List<BatchCommand> commands, List<StepOutcome> latest,
                           java.util.function.BiConsumer<PlanStep, JsonNode> onDone,
                           java.util.function.BiConsumer<PlanStep, BitrixException> onRefused) {
            BatchResponse response;
            try {
                response = client.batch(commands, false);
            } catch (BitrixException e) {
                if (e.is(BitrixException.CANCELLED)) {
                    stopped = true;
                }
                if (!mayHaveRun(e)) {
                    for (PlanStep step : chunk) {
                        onRefused.accept(step, e);
                        refused(latest, step, e, null);
                    }
                    return;
                }
                verify(chunk, e, latest, onDone, onRefused);
                return;
            }
            List<PlanStep> unknown = new ArrayList<>();
            for (int c = 0; c < chunk.size(); c++) {
                PlanStep step = chunk.get(c);
                String name = commands.get(c).name();
                BitrixException error = response.errors().get(name);
                if (response.results().containsKey(name) && error == null) {
                    onDone.accept(step, response.results().get(name));
                    settle(latest, step, StepOutcome.Result.DONE, null, null);
                } else if (error != null && !error.is("BX_INVALID_VALUE") && !error.is("NOT_FOUND")) {
                    onRefused.accept(step, error);
                    refused(latest, step, error, null);
                } else {
                    unknown.add(step); // not run, or refused because the target holds it already: look
                }
            }
            if (!unknown.isEmpty()) {
                verify(unknown, null, latest, onDone, onRefused);
            }
        }

        /** The target is read; each step is done when the target holds what it wanted, else refused. */
        private void verify(List<PlanStep> steps, BitrixException why, List<StepOutcome> latest,
                            java.util.function.BiConsumer<PlanStep, JsonNode> onDone,
                            java.util.function.BiConsumer<PlanStep, BitrixException> onRefused) {
            Map<String, Badge> now;
            // a Cancel that interrupted the batch must not also stop the look that tells what the batch did: the
            // interrupt is taken off for this one bounded read and given back after it
            boolean interrupted = Thread.interrupted();
            try {
                now = new BadgeSet(target.list()).byCode();
            } catch (BitrixException lookFailed) {
                for (PlanStep step : steps) {
                    BitrixException reason = why != null ? why : lookFailed;
                    // unknown whether it ran: the journal keeps a delete's badge; the next run looks again
                    onRefused.accept(step, why != null ? why : new BitrixException(BitrixException.NO_ANSWER,
                            "", 0, "batch"));
                    refused(latest, step, reason, StepOutcome.UNKNOWN);
                }
                return;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            for (PlanStep step : steps) {
                Badge there = now.get(step.code());
                boolean wantedThere = step.wanted() == null ? there == null : step.wanted().equals(there);
                if (wantedThere) {
                    onDone.accept(step, null);
                    settle(latest, step, StepOutcome.Result.DONE, null, null);
                } else {
                    onRefused.accept(step, null);
                    if (why != null) {
                        refused(latest, step, why, null); // the answer was lost and the change is not there
                    } else {
                        settle(latest, step, StepOutcome.Result.SKIPPED, null, StepOutcome.CHANGED);
                    }
                }
            }
        }

        ApplyReport report() {
            List<StepOutcome> all = new ArrayList<>();
            for (PlanStep step : plan.steps()) {
                all.add(outcomes.getOrDefault(step,
                        new StepOutcome(step.code(), step.kind(), StepOutcome.Result.NOT_RUN, null, null, null)));
            }
            return new ApplyReport(all, stopped, backup, repaired);
        }
    }

    /** The backup is complete on disk (atomic, synced) before the first change is sent; a failure stops the run. */
    private Path backup(BadgeSet before) {
        String safeName = (portalName == null ? "portal" : portalName).replaceAll("[^A-Za-z0-9._-]+", "_");
        String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now());
        Path file = backupFolder.resolve("before-apply-" + safeName + "-" + time + ".json");
        try {
            org.badgemanager.settings.AtomicFiles.write(file, BadgeSetJson.format(before, portalName), false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not write the backup " + file.getFileName(), e);
        }
        return file;
    }

    /** No answer, or one not from the portal: the request may have run. */
    private static boolean mayHaveRun(BitrixException e) {
        return e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE) || e.is(BitrixException.CANCELLED);
    }
}
