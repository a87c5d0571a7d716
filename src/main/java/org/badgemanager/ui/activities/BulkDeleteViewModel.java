package org.badgemanager.ui.activities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.DeleteRunLog;
import org.badgemanager.activities.MatchingDeletion;
import org.badgemanager.activities.BackupWriter;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.RunEstimate;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.locks.PortalBusyException;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.settings.AtomicFiles;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * A bulk delete from the user's side: confirm with the count, back up (on by default), delete, show done/total
 * with rate and time left, cancel after the batch in flight, then the per-id report with retry and CSV export.
 */
public final class BulkDeleteViewModel {
    private static final List<Status> RETRYABLE = List.of(Status.FAILED, Status.UNKNOWN, Status.NOT_ATTEMPTED);
    /** Above this many, one key press is too little: the admin types the number to confirm. */
    public static final int TYPE_TO_CONFIRM_ABOVE = 100;

    private final BooleanProperty backupEnabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> backupFolder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper backupFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<ReportRow> report = FXCollections.observableArrayList();
    private final Map<Long, ReportRow> reportById = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper reportSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportState = new ReadOnlyStringWrapper("");
    private final IntegerProperty retryable = new SimpleIntegerProperty();
    private final BooleanProperty sameConnection = new SimpleBooleanProperty();
    private final BooleanBinding canRetry = retryable.greaterThan(0).and(sameConnection).and(running.not());
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final ActivityLabels labels;
    private final Messages messages;
    private final Clock clock;
    private final RunProgress progress;
    private final PortalLocks locks;
    private ActivityService service;
    private ActivityService reportService;
    private String portal;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private Consumer<List<Long>> onDeleted = ids -> { };
    private Consumer<Boolean> onMatchingEnded = finished -> { };
    /** The report of a delete-all run that did not finish (cancelled, refused, killed): it can be continued. */
    private final ObjectProperty<Path> unfinishedRun = new SimpleObjectProperty<>();
    /** How many the unfinished run's search found: the total its continuation counts towards. */
    private long unfinishedExpected;
    private final ReadOnlyStringWrapper unfinishedText = new ReadOnlyStringWrapper("");

    public BulkDeleteViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                               Path backupFolder, Clock clock, LongSupplier nanos) {
        this(tasks, notifier, dialogs, labels, backupFolder, clock, nanos, PortalLocks.none());
    }

    /** {@code locks}: the portals' locks shared with other windows and commands (a run holds its portal's). */
    public BulkDeleteViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                               Path backupFolder, Clock clock, LongSupplier nanos, PortalLocks locks) {
        this.locks = locks;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.labels = labels;
        this.messages = labels.messages();
        this.clock = clock;
        this.progress = new RunProgress(messages, nanos);
        this.backupFolder.set(backupFolder);
    }

    /** A report stays readable after switching portals, but its ids are only retried on the portal it is from. */
    public void connect(ActivityService activities, String portalName) {
        service = activities;
        portal = portalName;
        sameConnection.set(service != null && service == reportService);
        unfinishedRun.set(null);
        unfinishedText.set("");
    }

    /**
     * FX thread: a lookup, to run on a worker, of the newest delete-all run of this portal that did not finish;
     * hand its answer to {@link #offerUnfinished}. (The search's worker runs it, so connecting reads no files.)
     */
    java.util.concurrent.Callable<Unfinished> unfinishedLookup() {
        Path folder = backupFolder.get();
        String forPortal = portal;
        // each search asks: only the reports changed since the last search are read again
        return () -> folder == null ? null : DeleteRunLog.latestUnfinishedWithCounts(folder, forPortal)
                .map(found -> new Unfinished(found.file(), forPortal, found.deleted(), found.expected()))
                .orElse(null);
    }

    /** FX thread: offers to continue {@code found} (null: nothing to continue). */
    void offerUnfinished(Unfinished found) {
        if (running.get()) {
            return;
        }
        if (found == null || !java.util.Objects.equals(found.portal(), portal)) {
            unfinishedRun.set(null);
            unfinishedText.set("");
            return;
        }
        unfinishedRun.set(found.file());
        unfinishedExpected = found.expected();
        unfinishedText.set(messages.get("matching.unfinished", found.deleted(), found.expected()));
    }

    record Unfinished(Path file, String portal, long deleted, long expected) {
    }

    /**
     * Deletes everything the search {@code filter} finds: asks with {@code count} (from the search's one counted
     * call; nothing counts again), then streams through the matches (see {@link MatchingDeletion}).
     */
    public boolean startMatching(ActivityFilter filter, long count) {
        if (service == null || running.get() || count <= 0 || !confirm((int) Math.min(Integer.MAX_VALUE, count),
                messages.get("matching.confirm.note"))) {
            return false;
        }
        Path folder = backupEnabled.get() ? backupFolder.get() : null;
        runMatching(count, (deletion, cancel, sink) -> deletion.start(filter, count, portal, folder,
                backupFolder.get(), cancel::get, (done, all) -> sink.update(fraction(done, all), "DELETE")));
        return true;
    }

    /** Continues the unfinished run offered by {@link #unfinishedRunProperty()}, skipping what it did. */
    public void continueUnfinished() {
        Path file = unfinishedRun.get();
        if (service == null || running.get() || file == null) {
            return;
        }
        Path folder = backupFolder.get();
        runMatching(unfinishedExpected, (deletion, cancel, sink) -> deletion.resume(file, folder, cancel::get,
                (done, all) -> sink.update(fraction(done, all), "DELETE")));
    }

    private static double fraction(long done, long all) {
        return all <= 0 ? 1 : Math.min(1, (double) done / all);
    }

    @FunctionalInterface
    private interface MatchingWork {
        DeleteRunLog run(MatchingDeletion deletion, AtomicBoolean cancel, org.badgemanager.ui.common.TaskRunner.ProgressSink sink)
                throws IOException;
    }

    private void runMatching(long count, MatchingWork work) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        backupFile.set("");
        unfinishedRun.set(null);
        unfinishedText.set("");
        reportById.clear();
        progress.start((int) Math.min(Integer.MAX_VALUE, count));
        ActivityService current = service;
        MatchingDeletion deletion = new MatchingDeletion(current, clock);
        // as the run by ids: the time left counts both portal limits, and a wait says why and for how long
        progress.limits((phase, remaining) -> RunEstimate.left(current.pacing(), phase, remaining));
        AutoCloseable waits = current.pacing().listen(PacingOnFx.to(progress));
        tasks.run(sink -> {
            DeleteRunLog log;
            try (PortalLocks.Hold held = locks.hold(current.client())) {
                log = work.run(deletion, cancel, sink);
            }
            // the report table shows what needs attention (not the thousands deleted), worded on the worker
            List<ReportRow> rows = new java.util.ArrayList<>();
            log.outcomes(o -> o.status() != Status.DELETED, o -> rows.add(ReportRow.of(o,
                    log.end() == DeleteRunLog.End.CANCELLED, labels)), MatchingRuns.REPORT_ROWS);
            return new MatchingRuns.Finished(log, rows, deletion.lastError());
        })
                .whileRunning(running)
                .reportTo(progress.fraction(), progress.phase())
                .onSuccess(done -> {
                    PacingOnFx.close(waits);
                    matchingFinished(done, current);
                })
                .onFailure(error -> {
                    PacingOnFx.close(waits);
                    failed(error);
                });
    }

    private void matchingFinished(MatchingRuns.Finished done, ActivityService from) {
        DeleteRunLog log = done.log();
        done.rows().forEach(row -> reportById.put(row.id(), row));
        report.setAll(reportById.values());
        reportService = from;
        sameConnection.set(service == from);
        retryable.set((int) reportById.values().stream().filter(row -> RETRYABLE.contains(row.status())).count());
        if (!log.backupFiles().isEmpty()) {
            backupFile.set(log.backupFiles().get(log.backupFiles().size() - 1));
        }
        reportSummary.set(MatchingRuns.counts(log, labels));
        reportState.set(MatchingRuns.state(log, done.error(), messages));
        String key = switch (log.end()) {
            case CANCELLED -> "bulk.done.cancelled";
            case FINISHED -> "bulk.done";
            default -> "bulk.done.stopped";
        };
        long deleted = log.count(Status.DELETED);
        progress.finish(key, deleted, (int) Math.min(Integer.MAX_VALUE, Math.max(log.plan().expected(), deleted)));
        onMatchingEnded.accept(log.end() == DeleteRunLog.End.FINISHED);
        if (log.end() != DeleteRunLog.End.FINISHED) {
            unfinishedRun.set(log.file());
            unfinishedExpected = log.plan().expected();
            unfinishedText.set(messages.get("matching.unfinished", deleted, log.plan().expected()));
        }
        if (done.error() != null) {
            notifier.showError(done.error());
        }
    }

    /** Told which ids are gone after each run, so the search table can drop them. */
    public void onDeleted(Consumer<List<Long>> listener) {
        onDeleted = listener;
    }

    /** Told when a delete-all run ends: true when it finished (every match is gone). */
    public void onMatchingEnded(Consumer<Boolean> listener) {
        onMatchingEnded = listener;
    }

    /** Asks with the count (and {@code warning}, if any), then backs up and deletes. False when not started. */
    public boolean start(List<Long> ids, String warning) {
        List<Long> unique = ids.stream().distinct().toList();
        if (service == null || running.get() || unique.isEmpty() || !confirm(unique.size(), warning)) {
            return false;
        }
        reportById.clear();
        run(unique, BackupWriter.BULK_DELETE);
        return true;
    }

    /** Runs the failed and not attempted ids of the report again; their lines in the report are replaced. */
    public void retryFailed() {
        List<Long> ids = reportById.values().stream().filter(r -> RETRYABLE.contains(r.status()))
                .map(ReportRow::id).toList();
        if (canRetry.get() && !ids.isEmpty() && confirm(ids.size(), null)) {
            run(ids, BackupWriter.RETRY);
        }
    }

    /**
     * Shows the report of a delete run made by another flow (where a badge is used) as this view's own: the same
     * table, retry and CSV, and the search table drops what was deleted.
     */
    public void present(BulkDeletion.Result result, ActivityService from) {
        BulkDeleteReport r = result.report();
        reportById.clear();
        progress.start(r.outcomes().size());
        finished(new Finished(result, r.outcomes().stream().map(o -> ReportRow.of(o, r.cancelled(), labels)).toList()),
                from);
    }

    /** Stops after the batch in flight: a batch the portal is running cannot be called back. */
    public void cancel() {
        if (running.get() && !cancelFlag.getAndSet(true)) {
            progress.cancelling();
        }
    }

    /** Asks where the backups go; the folder stays as it was when the user cancels. */
    public void chooseBackupFolder() {
        dialogs.chooseFolder(messages.get("bulk.changeFolder"), backupFolder.get()).ifPresent(backupFolder::set);
    }

    /** Asks where to write the report as CSV, then writes it off the FX thread. */
    public void saveReport() {
        String name = "activities-report-" + clock.instant().atZone(clock.getZone())
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv";
        dialogs.chooseFileToSave(messages.get("report.saveCsv"), name, "csv").ifPresent(this::saveReport);
    }

    public void saveReport(Path file) {
        String csv = ReportCsv.of(List.copyOf(report), messages);
        tasks.run(() -> {
            AtomicFiles.write(file, csv, false);
            return file;
        }).onSuccess(f -> notifier.showInfo(messages.get("report.saved", f)))
                .onFailure(notifier::showError);
    }

    private boolean confirm(int count, String warning) {
        String content = backupEnabled.get() ? messages.get("bulk.confirm.backup", backupFolder.get())
                : messages.get("bulk.confirm.noBackup");
        String title = messages.get("bulk.confirm.title");
        String header = messages.get("bulk.confirm.header", count);
        String text = warning == null ? content : warning + "\n\n" + content;
        return count > TYPE_TO_CONFIRM_ABOVE ? dialogs.confirmByTyping(title, header, text, count)
                : dialogs.confirm(title, header, text, null);
    }

    private void run(List<Long> ids, String runKind) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        // the panel names this run's backup or none: never the file of a run before
        backupFile.set("");
        progress.start(ids.size());
        ActivityService current = service;
        Path folder = backupEnabled.get() ? backupFolder.get() : null;
        BulkDeletion deletion = new BulkDeletion(current, clock);
        progress.limits((phase, remaining) -> RunEstimate.left(current.pacing(), phase, remaining));
        AutoCloseable waits = current.pacing().listen(PacingOnFx.to(progress));
        tasks.run(sink -> {
            BulkDeletion.Result result;
            try (PortalLocks.Hold held = locks.hold(current.client())) {
                result = deletion.run(ids, folder, portal, runKind, cancel::get,
                        (phase, done, all) -> sink.update(all == 0 ? 1 : (double) done / all, phase.name()));
            }
            // report rows are worded on the worker: thousands of them would stall the FX thread
            BulkDeleteReport r = result.report();
            return new Finished(result, r.outcomes().stream().map(o -> ReportRow.of(o, r.cancelled(), labels)).toList());
        })
                .whileRunning(running)
                .reportTo(progress.fraction(), progress.phase())
                .onSuccess(done -> {
                    PacingOnFx.close(waits);
                    finished(done, current);
                })
                .onFailure(error -> {
                    PacingOnFx.close(waits);
                    failed(error);
                });
    }

    private record Finished(BulkDeletion.Result result, List<ReportRow> rows) {
    }

    private void finished(Finished done, ActivityService from) {
        BulkDeletion.Result result = done.result();
        BulkDeleteReport r = result.report();
        done.rows().forEach(row -> reportById.put(row.id(), row));
        report.setAll(reportById.values());
        reportService = from;
        sameConnection.set(service == from);
        retryable.set((int) reportById.values().stream().filter(row -> RETRYABLE.contains(row.status())).count());
        if (result.backupFile() != null) {
            backupFile.set(result.backupFile().toString());
        }
        reportSummary.set(ReportSummary.counts(reportById.values(), labels));
        reportState.set(ReportSummary.state(r, retryable.get(), messages));
        String key = r.cancelled() ? "bulk.done.cancelled" : r.stoppedBy() != null ? "bulk.done.stopped" : "bulk.done";
        progress.finish(key, r.count(Status.DELETED), r.outcomes().size());
        onDeleted.accept(r.idsWith(Status.DELETED));
        if (r.stoppedBy() != null) {
            notifier.showError(r.stoppedBy());
        }
    }

    private void failed(Throwable error) {
        if (error instanceof PortalBusyException) {
            progress.fail(messages.get(PortalBusyException.MESSAGE_KEY));
            notifier.showError(error);
            return;
        }
        Throwable cause = error instanceof UncheckedIOException u ? u.getCause() : error;
        if (cause instanceof IOException io) {
            ErrorMessage message = new ErrorMessage(messages.get("bulk.backupFailed.code"),
                    String.valueOf(io.getMessage()), messages.get("bulk.backupFailed.advice"));
            progress.fail(messages.get("bulk.backupFailed", message.code()));
            notifier.showError(message);
            return;
        }
        String code = ErrorMessage.of(error, messages).code();
        progress.fail(messages.get(progress.deleting() ? "bulk.failed" : "bulk.backupFailed", code));
        notifier.showError(error);
    }

    /** The portals' locks this view's runs hold (the Backups view's restore holds the same). */
    public PortalLocks locks() {
        return locks;
    }

    /** The portal of the connection, as backups name it. */
    public String portal() {
        return portal;
    }

    public ActivityService service() {
        return service;
    }

    public BooleanProperty backupEnabledProperty() {
        return backupEnabled;
    }

    public ObjectProperty<Path> backupFolderProperty() {
        return backupFolder;
    }

    /** The backup of the last run, "" while a run is going and when it wrote none (off, cancelled, failed). */
    public ReadOnlyStringProperty backupFileProperty() {
        return backupFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanProperty cancellingProperty() {
        return progress.cancellingProperty();
    }

    /** 0..1 of the current phase (backup, then delete). */
    public DoubleProperty progressProperty() {
        return progress.fraction();
    }

    public StringProperty progressTextProperty() {
        return progress.text();
    }

    public ObservableList<ReportRow> report() {
        return report;
    }

    public ReadOnlyStringProperty reportSummaryProperty() {
        return reportSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportStateProperty() {
        return reportState.getReadOnlyProperty();
    }

    public BooleanBinding canRetry() {
        return canRetry;
    }

    /** The report file of a delete-all run that can be continued; null when none. */
    public ObjectProperty<Path> unfinishedRunProperty() {
        return unfinishedRun;
    }

    /** "Continue the stopped delete (1 234 of 100 000 deleted)", or "". */
    public ReadOnlyStringProperty unfinishedTextProperty() {
        return unfinishedText.getReadOnlyProperty();
    }
}
