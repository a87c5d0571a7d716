package org.badgemanager.ui.sets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.ApplyReport;
import org.badgemanager.badgesets.PlanApplier;
import org.badgemanager.badgesets.PlanStep;
import org.badgemanager.badgesets.PlannedCall;
import org.badgemanager.badgesets.StepOutcome;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.session.PortalSession;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/**
 * A plan from the user's side: the exact calls it will make (the preview), then Apply with progress and Cancel,
 * and a report line per badge (done, already done, refused with the portal's code, skipped, not run). The
 * applying itself is the core's ({@link PlanApplier}): checked before each step, journaled, batched.
 */
public final class PlanViewModel {
    private final ObservableList<PlanLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PlannedCall> calls = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanBinding canApply;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.nio.file.Path backupFolder;
    private final PortalLocks locks;
    /** Outcomes the worker has settled and the FX thread has not shown yet. */
    private final Queue<StepOutcome> settled = new ConcurrentLinkedQueue<>();
    private final Map<String, PlanLine> byCode = new HashMap<>();
    private ApplyPlan plan;
    private PortalSession target;
    private String targetName;
    private Pending<ApplyReport> work;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private Runnable onApplied = () -> { };

    /** {@code backupFolder}: where the target's badges are saved before the first change (null: no backup). */
    public PlanViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages,
                         java.nio.file.Path backupFolder) {
        this(tasks, notifier, dialogs, messages, backupFolder, PortalLocks.none());
    }

    /** {@code locks}: the portals' locks shared with other windows and commands (a run holds its target's). */
    public PlanViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages,
                         java.nio.file.Path backupFolder, PortalLocks locks) {
        this.locks = locks;
        this.backupFolder = backupFolder;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
        canApply = running.not().and(applied.not()).and(javafx.beans.binding.Bindings.isNotEmpty(lines));
        // the worker's progress reaches the FX thread as a fraction; the outcomes behind it wait in the queue
        progress.addListener((o, was, now) -> showSettled());
    }

    /**
     * Shows a plan for {@code target} (the session it is applied through), not yet applied. Ignored while a plan
     * is being applied: the running plan, its progress and its report stay until the run ends or is cancelled.
     */
    public void show(ApplyPlan newPlan, PortalSession targetSession, String targetLabel) {
        if (running.get()) {
            return;
        }
        plan = newPlan;
        target = targetSession;
        targetName = targetLabel;
        byCode.clear();
        settled.clear();
        lines.setAll(newPlan.steps().stream().map(PlanLine::new).toList());
        lines.forEach(l -> byCode.put(l.code(), l));
        calls.setAll(newPlan.calls());
        applied.set(false);
        progress.set(0);
        progressText.set("");
        header.set(newPlan.isEmpty() ? messages.get("sets.plan.nothing", targetLabel)
                : messages.get("sets.plan.header", targetLabel, newPlan.steps(PlanStep.Kind.ADD).size(),
                newPlan.steps(PlanStep.Kind.REPLACE).size(), newPlan.steps(PlanStep.Kind.DELETE).size(),
                calls.size()));
        summary.set("");
    }

    /** Told when a run ended and changed the target (the window refreshes its badge table). */
    public void onApplied(Runnable listener) {
        onApplied = listener;
    }

    /** Asks, then applies the plan off the FX thread. */
    public void apply() {
        if (!canApply.get() || target == null) {
            return;
        }
        int deletes = plan.steps(PlanStep.Kind.DELETE).size();
        String content = messages.get("sets.apply.confirm.content", plan.steps(PlanStep.Kind.ADD).size(),
                plan.steps(PlanStep.Kind.REPLACE).size(), deletes)
                + (deletes > 0 ? "\n\n" + messages.get("sets.apply.confirm.deletes") : "");
        if (!dialogs.confirm(messages.get("sets.apply.confirm.title"),
                messages.get("sets.apply.confirm.header", lines.size(), targetName), content, null)) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        ApplyPlan running = plan;
        PortalSession session = target;
        int total = lines.size();
        progressText.set(messages.get("sets.apply.progress", 0, total));
        PlanApplier applier = new PlanApplier(session.badges(), session.client());
        // the target's badges as they were, in a badge-set file: applying it undoes the run
        PlanApplier withBackup = backupFolder == null ? applier : applier.withBackup(backupFolder, targetName);
        work = tasks.run(sink -> {
            // refused before the first call while another window or command changes this portal
            try (PortalLocks.Hold held = locks.hold(session.client())) {
                return withBackup.apply(running, (done, all, latest) -> {
                    settled.addAll(latest);
                    sink.update(all == 0 ? 1 : (double) done / all, messages.get("sets.apply.progress", done, all));
                }, cancel::get);
            }
        });
        work.reportTo(progress, progressText).whileRunning(this.running)
                .onDone(() -> cancelling.set(false))
                .onSuccess(this::finish)
                .onFailure(error -> {
                    showSettled();
                    // refused before the first call: nothing was done, the report has nothing to show
                    summary.set(error instanceof org.badgemanager.locks.PortalBusyException
                            ? messages.get(org.badgemanager.locks.PortalBusyException.MESSAGE_KEY)
                            : messages.get("sets.apply.failed", ErrorMessage.of(error, messages).code()));
                    notifier.showError(error);
                    onApplied.run(); // some steps may have gone through: the table reads the portal again
                });
    }

    /** Stops after the step in flight; the rest are reported as not run. */
    public void cancel() {
        if (running.get()) {
            cancelFlag.set(true);
            cancelling.set(true);
            progressText.set(progressText.get() + " \u00b7 " + messages.get("sets.apply.cancelling"));
        }
    }

    private void finish(ApplyReport report) {
        settled.clear();
        report.outcomes().forEach(this::showOutcome);
        applied.set(true);
        progress.set(1);
        String counts = java.util.Arrays.stream(StepOutcome.Result.values())
                .filter(r -> report.count(r) > 0)
                .map(r -> messages.get("sets.result.count." + r.name(), report.count(r)))
                .collect(Collectors.joining(" \u00b7 "));
        String state = report.cancelled() ? messages.get("sets.apply.cancelled")
                : report.complete() ? messages.get("sets.apply.complete") : messages.get("sets.apply.partial");
        StringBuilder line = new StringBuilder(state);
        if (!counts.isEmpty()) {
            line.append(' ').append(messages.get("sets.apply.counts", counts));
        }
        if (!report.repaired().isEmpty()) {
            line.append(' ').append(messages.get("sets.apply.repaired", report.repaired().size()));
        }
        if (report.backupFile() != null) {
            line.append(' ').append(messages.get("sets.apply.backup", report.backupFile().getFileName()));
        }
        summary.set(line.toString());
        progressText.set(messages.get("sets.apply.progress",
                report.outcomes().size() - report.count(StepOutcome.Result.NOT_RUN), report.outcomes().size()));
        if (report.complete()) {
            notifier.showInfo(messages.get("sets.apply.done", targetName));
        }
        onApplied.run();
    }

    private void showSettled() {
        StepOutcome next;
        while ((next = settled.poll()) != null) {
            showOutcome(next);
        }
    }

    private void showOutcome(StepOutcome outcome) {
        PlanLine line = byCode.get(outcome.code());
        if (line != null) {
            line.outcomeProperty().set(outcome);
        }
    }

    /** The outcome in the user's words: "Refused", "Skipped", … */
    public String resultText(StepOutcome outcome) {
        return outcome == null ? "" : messages.get("badgeset.result." + outcome.result().name());
    }

    /** Why, for a step that did not simply go through: the app's reason, else the portal's words and advice. */
    public String explanation(StepOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        if (outcome.reasonKey() != null && messages.has(outcome.reasonKey())) {
            return messages.get(outcome.reasonKey());
        }
        if (outcome.result() == StepOutcome.Result.REFUSED) {
            String portal = outcome.description() == null ? "" : outcome.description();
            String advice = "error." + outcome.bitrixCode() + ".advice";
            return portal + (outcome.bitrixCode() != null && messages.has(advice)
                    ? (portal.isEmpty() ? "" : " ") + messages.get(advice) : "");
        }
        String key = "sets.explain." + outcome.result().name();
        return messages.has(key) ? messages.get(key) : "";
    }

    public String kindText(PlanStep step) {
        return messages.get("badgeset.kind." + step.kind().name());
    }

    public ObservableList<PlanLine> lines() {
        return lines;
    }

    /** Every call, in order, as the preview lists them. */
    public ObservableList<PlannedCall> calls() {
        return calls;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** After a run: how it ended and the counts per outcome. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    List<PlanLine> linesSnapshot() {
        return List.copyOf(lines);
    }
}
