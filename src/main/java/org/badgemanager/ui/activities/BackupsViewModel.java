package org.badgemanager.ui.activities;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.activities.Activity;
import org.badgemanager.activities.ActivityRestorer;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupFile;
import org.badgemanager.activities.NameLookup;
import org.badgemanager.activities.RestoreOutcome;
import org.badgemanager.activities.RestoreLog;
import org.badgemanager.activities.RestorePlan;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The Backups view: the backup files of this portal, the records of the one opened, what REST cannot give back,
 * and the restore with its report (old id → new id, or why not). A record restored, or whose add may have run,
 * is locked, in this session and in any later one (the backup's {@link RestoreLog}): adding it again would make a
 * duplicate.
 */
public final class BackupsViewModel {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One backup file in the list. */
    public record FileRow(BackupFile file, String date, int count, String run, String name) {
    }

    /** One record of the opened backup: the activity as a row, how it would come back, and whether it may be picked. */
    public static final class RecordRow {
        private final ActivityRow row;
        private final RestorePlan plan;
        private final ReadOnlyStringWrapper how = new ReadOnlyStringWrapper();
        private boolean locked;

        RecordRow(ActivityRow row, RestorePlan plan, String how) {
            this.row = row;
            this.plan = plan;
            this.how.set(how);
            // a locked or refused record cannot be checked: the box springs back
            row.checkedProperty().addListener((o, was, now) -> {
                if (now && (locked || plan.refused())) {
                    row.checkedProperty().set(false);
                }
            });
        }

        public ActivityRow row() {
            return row;
        }

        public RestorePlan plan() {
            return plan;
        }

        public ReadOnlyStringProperty howProperty() {
            return how.getReadOnlyProperty();
        }

        public boolean locked() {
            return locked;
        }
    }

    /** One line of the report. */
    public record ReportLine(long oldId, String newId, RestoreOutcome.Status status, String outcome, String explanation) {
    }

    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<RecordRow> records = FXCollections.observableArrayList();
    private final ObservableList<ReportLine> report = FXCollections.observableArrayList();
    private final StringProperty opened = new SimpleStringProperty("");
    private final StringProperty notRestorable = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty filesMessage = new SimpleStringProperty("");
    private final IntegerProperty checkedCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Set<Long> lockedIds = new HashSet<>();
    private Path openedFile;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final ActivityLabels labels;
    private final Messages messages;
    private final Path folder;
    private final String portal;
    private final ActivityService service;
    private final NameDirectory names;
    private final PortalLocks locks;

    public BackupsViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                            Path folder, String portal, ActivityService service, NameDirectory names) {
        this(tasks, notifier, dialogs, labels, folder, portal, service, names, PortalLocks.none());
    }

    /** {@code locks}: the portals' locks shared with other windows and commands (a restore holds its portal's). */
    public BackupsViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                            Path folder, String portal, ActivityService service, NameDirectory names,
                            PortalLocks locks) {
        this.locks = locks;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.labels = labels;
        this.messages = labels.messages();
        this.folder = folder;
        this.portal = portal;
        this.service = service;
        this.names = names;
    }

    /** Lists the backups of this portal in the backup folder, newest first. */
    public void refresh() {
        filesMessage.set(messages.get("backups.files.loading"));
        tasks.run(() -> BackupFile.list(folder, portal).stream().map(this::fileRow).toList())
                .whileRunning(busy)
                .onSuccess(rows -> {
                    files.setAll(rows);
                    filesMessage.set(messages.get("backups.files.none", portal));
                })
                .onFailure(error -> {
                    filesMessage.set("");
                    notifier.showError(error);
                });
    }

    /** Asks for any backup file (another folder, another machine's) and opens it. */
    public void openOther() {
        dialogs.chooseFileToOpen(messages.get("backups.openOther"), folder, "JSON", "*.json").ifPresent(this::open);
    }

    /** Reads the whole backup and works out, per record, how it would come back. */
    public void open(Path file) {
        if (running.get()) {
            return;
        }
        NameDirectory known = names;
        tasks.run(() -> {
            BackupFile.Contents contents = BackupFile.read(file);
            RestoreLog earlier = RestoreLog.of(file);
            Map<Long, RecordRow> rows = new LinkedHashMap<>();
            contents.records().forEach(record -> {
                RestorePlan plan = RestorePlan.of(record);
                rows.putIfAbsent(plan.oldId(), new RecordRow(new ActivityRow(Activity.fromJson(record), labels, known),
                        plan, how(plan)));
            });
            return new Opened(contents.header(), List.copyOf(rows.values()), earlier);
        })
                .whileRunning(busy)
                .onSuccess(done -> {
                    report.clear();
                    summary.set("");
                    records.setAll(done.rows());
                    openedFile = file;
                    for (RecordRow r : done.rows()) {
                        long id = r.plan().oldId();
                        r.locked = lockedIds.contains(id) || done.earlier().settled(id);
                        r.row().checkedProperty().addListener((o, was, now) -> countChecked());
                        r.row().checkedProperty().set(!r.plan().refused() && !r.locked);
                        if (done.earlier().restoredAs(id).isPresent()) {
                            r.how.set(messages.get("backups.how.restored",
                                    String.valueOf(done.earlier().restoredAs(id).get())));
                        } else if (done.earlier().unknown(id)) {
                            r.how.set(messages.get("backups.how.unknown"));
                        } else if (r.locked) {
                            r.how.set(messages.get("backups.how.locked"));
                        }
                    }
                    countChecked();
                    BackupFile h = done.header();
                    opened.set(messages.get("backups.opened", h.path().getFileName(), h.count(), date(h.created()),
                            run(h)));
                    askNames(done.rows());
                })
                .onFailure(notifier::showError);
    }

    private record Opened(BackupFile header, List<RecordRow> rows, RestoreLog earlier) {
    }

    public void checkAll(boolean check) {
        records.forEach(r -> r.row().checkedProperty().set(check));
    }

    /** Confirms, then re-creates the checked records; nothing is sent that could reach a customer. */
    public boolean restore() {
        List<RecordRow> chosen = records.stream().filter(r -> r.row().isChecked()).toList();
        if (service == null || running.get() || chosen.isEmpty()) {
            return false;
        }
        if (!dialogs.confirm(messages.get("backups.confirm.title"), messages.get("backups.confirm.header", chosen.size()),
                messages.get("backups.confirm.text"), null)) {
            return false;
        }
        cancel.set(false);
        // the records that cannot come back are in the report too, each with its reason
        List<RestorePlan> plans = records.stream().filter(r -> r.row().isChecked() || r.plan().refused() && !r.locked)
                .map(RecordRow::plan).toList();
        ActivityRestorer restorer = service.restorer();
        Path backup = openedFile;
        tasks.run(() -> {
            // read again: another window or an earlier run may have restored some of these since the file was opened
            try (PortalLocks.Hold held = locks.hold(service.client()); RestoreLog log = RestoreLog.of(backup)) {
                return restorer.restore(plans, log, cancel::get, p -> { });
            }
        })
                .whileRunning(running)
                .onSuccess(this::finished)
                .onFailure(notifier::showError);
        return true;
    }

    /** Stops after the batch in flight. */
    public void cancel() {
        cancel.set(true);
    }

    private void finished(ActivityRestorer.Report result) {
        Map<Long, RecordRow> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.plan().oldId(), r));
        List<ReportLine> lines = new ArrayList<>();
        for (RestoreOutcome o : result.outcomes()) {
            lines.add(new ReportLine(o.oldId(), o.newId() == null ? "" : String.valueOf(o.newId()), o.status(),
                    messages.get("restore.outcome." + o.status().name()), explain(o, result.cancelled())));
            RecordRow row = byId.get(o.oldId());
            if (row != null && (o.status() == RestoreOutcome.Status.RESTORED || o.status() == RestoreOutcome.Status.UNKNOWN)) {
                lockedIds.add(o.oldId());
                row.locked = true;
                row.row().checkedProperty().set(false);
                row.how.set(o.status() == RestoreOutcome.Status.RESTORED
                        ? messages.get("backups.how.restored", String.valueOf(o.newId()))
                        : messages.get("backups.how.unknown"));
            }
        }
        report.setAll(lines);
        summary.set(messages.get("restore.summary", result.outcomes().size(),
                result.count(RestoreOutcome.Status.RESTORED), result.count(RestoreOutcome.Status.REFUSED),
                result.count(RestoreOutcome.Status.FAILED), result.count(RestoreOutcome.Status.UNKNOWN),
                result.count(RestoreOutcome.Status.NOT_ATTEMPTED)));
        if (result.stoppedBy() != null) {
            notifier.showError(result.stoppedBy());
        }
    }

    /** One sentence per record: what it lost, what was changed on purpose, or why there is no new activity. */
    private String explain(RestoreOutcome o, boolean cancelled) {
        return switch (o.status()) {
            case RESTORED -> {
                String text = messages.get("restore.explain.lost", String.join(", ", o.lost()));
                for (RestorePlan.Change change : o.changes()) {
                    text += " " + messages.get("restore.change." + change.name());
                }
                yield text;
            }
            case REFUSED -> messages.get("restore.refusal." + o.refusal().name());
            case FAILED -> messages.get("restore.explain.failed", o.code() == null || o.code().isEmpty()
                    ? messages.get("error.noCode") : o.code(), o.description());
            case UNKNOWN -> messages.get("restore.explain.unknown");
            case NOT_ATTEMPTED -> messages.get(cancelled ? "restore.explain.cancelled" : "restore.explain.stopped");
        };
    }

    private void countChecked() {
        List<RecordRow> chosen = records.stream().filter(r -> r.row().isChecked()).toList();
        checkedCount.set(chosen.size());
        notRestorable.set(NotRestorable.describe(records, chosen, messages));
    }

    private void askNames(List<RecordRow> rows) {
        names.fill(rows.stream().map(r -> r.row().activity().responsibleId()).toList(),
                rows.stream().map(r -> new NameLookup.Owner(r.row().activity().ownerTypeId(),
                        r.row().activity().ownerId())).toList(),
                () -> rows.forEach(r -> r.row().rename(labels, names)));
    }

    private String how(RestorePlan plan) {
        if (plan.refused()) {
            return messages.get("backups.how.refused." + plan.refusal().name());
        }
        String kind = messages.get("activity.type." + plan.record().path("TYPE_ID").asInt());
        return plan.changes().contains(RestorePlan.Change.EMAIL_LEFT_OPEN)
                ? messages.get("backups.how.emailOpen") : messages.get("backups.how.add", kind);
    }

    private FileRow fileRow(BackupFile f) {
        return new FileRow(f, date(f.created()), f.count(), run(f), f.path().getFileName().toString());
    }

    private String run(BackupFile f) {
        String key = "backups.run." + f.run();
        return messages.has(key) ? messages.get(key, f.requested()) : f.run().isEmpty()
                ? messages.get("backups.run.unknown") : f.run();
    }

    /** The file's UTC instant in the computer's time zone: backups are named by local time too. */
    private static String date(String created) {
        try {
            return OffsetDateTime.parse(created).atZoneSameInstant(ZoneId.systemDefault()).format(SHOWN);
        } catch (DateTimeParseException e) {
            return created;
        }
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObservableList<RecordRow> records() {
        return records;
    }

    public ObservableList<ReportLine> report() {
        return report;
    }

    /** Which backup is open: file, count, date, run. */
    public StringProperty openedProperty() {
        return opened;
    }

    /** What the checked records will not get back, said before the run. */
    public StringProperty notRestorableProperty() {
        return notRestorable;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty filesMessageProperty() {
        return filesMessage;
    }

    public IntegerProperty checkedCountProperty() {
        return checkedCount;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public Path folder() {
        return folder;
    }
}
