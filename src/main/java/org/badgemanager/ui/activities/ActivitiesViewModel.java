package org.badgemanager.ui.activities;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.badgemanager.activities.Activity;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.ActivityPage;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BadgeCarrierSearch;
import org.badgemanager.activities.BadgeCarriers;
import org.badgemanager.activities.IdSelection;
import org.badgemanager.activities.NameLookup;
import org.badgemanager.ui.common.CancellableLoad;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The Activities tab: activities found by search (paged, "load more") or by id, checked for deletion, the
 * selected one's details, and single or bulk delete (see {@link BulkDeleteViewModel}).
 */
public final class ActivitiesViewModel {
    /** Ids shown in the table at once; a longer list is deleted without a preview. */
    public static final int PREVIEW_LIMIT = 500;
    private static final int PAGE_SIZE = 50;

    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActivityRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty rowFilter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper checkedCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    /** "Select all N matching": the whole search is chosen, not just the loaded rows. */
    private final ReadOnlyBooleanWrapper allMatching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSelectAllMatching = new ReadOnlyBooleanWrapper();
    /** The last row loaded for this search, where "load more" goes on (keyset: {@code >ID}, no count). */
    private long lastLoadedId;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper tableMessage = new ReadOnlyStringWrapper();
    private final StringBinding foundText;
    private final CancellableLoad loading = new CancellableLoad();
    private final ReadOnlyStringWrapper loadNote = new ReadOnlyStringWrapper("");
    private final StringBinding loadStatus;
    private final ActivitySearchForm form;
    private final IdInput ids;
    private final ActivityDetails details;
    private final BulkDeleteViewModel bulk;
    private final SingleDelete single;
    private final WhereUsedViewModel whereUsed;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final ActivityLabels labels;
    private ActivityService service;
    private NameDirectory names = NameDirectory.empty();
    private ActivityFilter lastFilter;
    private Integer next;
    private int generation;

    public ActivitiesViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                               BulkDeleteViewModel bulk) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.labels = labels;
        this.bulk = bulk;
        this.form = new ActivitySearchForm(labels.messages());
        this.ids = new IdInput(labels.messages());
        this.details = new ActivityDetails(tasks, notifier, labels.messages());
        this.single = new SingleDelete(tasks, notifier, dialogs, labels, busy, this::removed);
        this.whereUsed = new WhereUsedViewModel(tasks, notifier, dialogs, labels.messages(), Clock.systemDefaultZone(),
                bulk);
        whereUsed.onSearchAgain(() -> findCarriers(whereUsed.badgeCodeProperty().get()));
        tableMessage.set(labels.messages().get("activities.table.notConnected"));
        foundText = Bindings.createStringBinding(() -> rows.isEmpty() ? ""
                : labels.messages().get("activities.found", rows.size(), total.get()), rows, total);
        loadStatus = Bindings.createStringBinding(() -> loading.runningProperty().get()
                        ? labels.messages().get("activities.loadingFor", loading.waitedSecondsProperty().get())
                        : loadNote.get(),
                loading.runningProperty(), loading.waitedSecondsProperty(), loadNote);
        rows.addListener(this::countChecked);
        selected.addListener((o, was, now) -> details.show(now, service));
        bulk.onDeleted(this::removed);
        bulk.onMatchingEnded(finished -> {
            allMatching.set(false);
            if (finished) {
                removed(rows.stream().map(ActivityRow::id).toList());
                total.set(0);
                hasMore.set(false);
            }
        });
        javafx.beans.InvalidationListener offer = o -> canSelectAllMatching.set(lastFilter != null
                && whereUsed.badgeCodeProperty().get().isEmpty() && total.get() > rows.size() && !rows.isEmpty()
                && checkedCount.get() == rows.size() && !allMatching.get());
        total.addListener(offer);
        checkedCount.addListener(offer);
        allMatching.addListener(offer);
        rows.addListener(offer);
        // unchecking a row leaves "all matching"
        checkedCount.addListener((o, was, now) -> {
            if (now.intValue() < rows.size()) {
                allMatching.set(false);
            }
        });
        rowFilter.addListener((o, was, now) -> refilter());
    }

    /** The tab as the app uses it: real clocks, backups in {@code backupFolder}. */
    public static ActivitiesViewModel create(TaskRunner tasks, Notifier notifier, DialogService dialogs,
                                             Messages messages, Path backupFolder) {
        return create(tasks, notifier, dialogs, messages, backupFolder, org.badgemanager.locks.PortalLocks.none());
    }

    /** As the app uses it, with the portals' locks shared with other windows and commands. */
    public static ActivitiesViewModel create(TaskRunner tasks, Notifier notifier, DialogService dialogs,
                                             Messages messages, Path backupFolder,
                                             org.badgemanager.locks.PortalLocks locks) {
        ActivityLabels labels = new ActivityLabels(messages);
        return new ActivitiesViewModel(tasks, notifier, dialogs, labels, new BulkDeleteViewModel(tasks, notifier,
                dialogs, labels, backupFolder, Clock.systemDefaultZone(), System::nanoTime, locks));
    }

    public void connect(ActivityService activities, String portalName) {
        service = activities;
        generation++;
        allMatching.set(false);
        lastFilter = null;
        connected.set(activities != null);
        rows.clear();
        total.set(0);
        next = null;
        hasMore.set(false);
        details.clear();
        loadNote.set("");
        names = activities == null ? NameDirectory.empty()
                : new NameDirectory(activities.nameLookup(), tasks, notifier, labels.messages());
        details.useNames(names, labels);
        bulk.connect(activities, portalName);
        whereUsed.clear();
        tableMessage.set(labels.messages().get(activities == null ? "activities.table.notConnected"
                : "activities.table.start"));
    }

    public void search() {
        String badge = form.badgeProperty().get().strip();
        if (!badge.isEmpty() && form.problem().get().isEmpty()) {
            findCarriers(badge);
            return;
        }
        whereUsed.clear();
        ActivityFilter filter = form.toFilter();
        if (service != null && filter != null) {
            lastFilter = filter;
            allMatching.set(false);
            load(filter, 0, true);
        }
    }

    /** The next 50 after the last loaded row, by id and without a count (the first page counted already). */
    public void loadMore() {
        if (service != null && next != null && !busy.get()) {
            load(lastFilter, next, false);
        }
    }

    /**
     * Chooses every activity the search found (the number from its one counted call), not only the loaded rows;
     * the loaded rows are checked to show it.
     */
    public void selectAllMatching() {
        if (lastFilter == null || total.get() == 0 || !whereUsed.badgeCodeProperty().get().isEmpty()) {
            return;
        }
        checkAll(true);
        allMatching.set(true);
    }

    /** Back to the loaded rows only (all unchecked). */
    public void clearAllMatching() {
        allMatching.set(false);
        checkAll(false);
    }

    private void load(ActivityFilter filter, int start, boolean fresh) {
        int run = ++generation;
        ActivityService current = service;
        NameDirectory known = names;
        String messageBefore = tableMessage.get();
        if (fresh) {
            tableMessage.set(labels.messages().get("activities.table.loading"));
        }
        loadNote.set("");
        long after = lastLoadedId;
        int totalBefore = total.get();
        var unfinishedLookup = fresh ? bulk.unfinishedLookup() : null;
        Pending<WordedPage> work = loading.follow(tasks.run(() -> {
            // the first page counts (the number shown, and the one a delete-all confirms); the next ones go on
            // by id without a count, at the same cost on page 2 and page 2 000
            ActivityPage page = fresh ? current.list(filter, 0)
                    : new ActivityPage(current.listAfter(filter, after), totalBefore, null);
            return new WordedPage(page, word(page.items(), known),
                    unfinishedLookup == null ? null : unfinishedLookup.call());
        }));
        work.whileRunning(busy)
                .onSuccess(worded -> {
                    if (outdated(run, work, messageBefore)) {
                        return;
                    }
                    ActivityPage page = worded.page();
                    List<ActivityRow> found = countChecks(worded.rows());
                    if (fresh) {
                        rows.setAll(found);
                    } else {
                        rows.addAll(found);
                    }
                    total.set(page.total());
                    if (!page.items().isEmpty()) {
                        lastLoadedId = page.items().get(page.items().size() - 1).id();
                    }
                    boolean more = page.items().size() == PAGE_SIZE && rows.size() < page.total();
                    next = more ? rows.size() : null;
                    hasMore.set(more);
                    tableMessage.set(labels.messages().get("activities.table.nothing"));
                    if (fresh) {
                        bulk.offerUnfinished(worded.unfinished());
                    }
                    askNames(found);
                })
                .onFailure(error -> loadFailed(run, work, error, messageBefore));
    }

    /**
     * Whether a load's answer must not be shown: a newer search or another portal came after it, or it came too
     * late for a user who cancelled (what was shown before stays).
     */
    private boolean outdated(int run, Pending<?> work, String messageBefore) {
        if (run != generation) {
            return true;
        }
        if (work.isCancelRequested()) {
            keepWhatWasShown(messageBefore);
            return true;
        }
        return false;
    }

    /** A failed table load: a cancel keeps what was shown; any other failure is said, with its code. */
    private void loadFailed(int run, Pending<?> work, Throwable error, String messageBefore) {
        if (run != generation) {
            return;
        }
        if (CancellableLoad.wasCancelled(work, error)) {
            keepWhatWasShown(messageBefore);
        } else {
            tableMessage.set(labels.messages().get("activities.table.failed"));
            notifier.showError(error);
        }
    }

    /** "Where is this badge used?": the badge filter set to {@code code}, and the search run. */
    public void showWhereUsed(String code) {
        form.badgeProperty().set(code);
        search();
    }

    /**
     * The activities carrying the badge, read from every app activity's PROVIDER_PARAMS (there is no badge filter
     * on the portal), shown in the table with the where-used bar above it.
     */
    private void findCarriers(String code) {
        BadgeCarrierSearch search = whereUsed.search();
        if (search == null || code.isEmpty()) {
            return;
        }
        // the table no longer shows a search's pages: nothing to "select all matching" in
        lastFilter = null;
        allMatching.set(false);
        int run = ++generation;
        NameDirectory known = names;
        String messageBefore = tableMessage.get();
        tableMessage.set(labels.messages().get("activities.table.loading"));
        loadNote.set("");
        Pending<FoundCarriers> work = loading.follow(tasks.run(() -> {
            BadgeCarriers found = search.find(code, () -> false);
            List<Activity> shown = new java.util.ArrayList<>(found.exact());
            shown.addAll(found.candidates());
            return new FoundCarriers(found, word(shown, known));
        }));
        work.whileRunning(busy)
                .onSuccess(found -> {
                    if (outdated(run, work, messageBefore)) {
                        return;
                    }
                    rows.setAll(countChecks(found.rows()));
                    total.set(found.rows().size());
                    next = null;
                    hasMore.set(false);
                    tableMessage.set(labels.messages().get("whereUsed.table.nothing", code));
                    whereUsed.show(found.carriers());
                    askNames(found.rows());
                })
                .onFailure(error -> loadFailed(run, work, error, messageBefore));
    }

    private record FoundCarriers(BadgeCarriers carriers, List<ActivityRow> rows) {
    }

    /** Shows the typed ids (the first {@link #PREVIEW_LIMIT}) in the table, all checked. */
    public void previewIds() {
        IdSelection chosen = ids.selectionProperty().get();
        if (service == null || !chosen.usable()) {
            return;
        }
        List<Long> first = chosen.ids().subList(0, Math.min(PREVIEW_LIMIT, chosen.ids().size()));
        lastFilter = null;
        allMatching.set(false);
        int run = ++generation;
        ActivityService current = service;
        NameDirectory known = names;
        String messageBefore = tableMessage.get();
        tableMessage.set(labels.messages().get("activities.table.loading"));
        loadNote.set("");
        Pending<List<ActivityRow>> work = loading.follow(tasks.run(() ->
                word(current.getMany(first, () -> false).values().stream().map(Activity::fromJson).toList(), known)));
        work.whileRunning(busy)
                .onSuccess(worded -> {
                    if (outdated(run, work, messageBefore)) {
                        return;
                    }
                    List<ActivityRow> found = countChecks(worded);
                    rows.setAll(found);
                    found.forEach(r -> r.checkedProperty().set(true));
                    total.set(found.size());
                    next = null;
                    hasMore.set(false);
                    tableMessage.set(labels.messages().get("activities.table.noneReadable"));
                    askNames(found);
                    if (found.size() < first.size()) {
                        notifier.showInfo(labels.messages().get("activities.preview.missing",
                                first.size() - found.size(), first.size()));
                    }
                })
                .onFailure(error -> {
                    if (CancellableLoad.wasCancelled(work, error)) {
                        keepWhatWasShown(messageBefore);
                    } else {
                        notifier.showError(error);
                    }
                });
    }

    /** Stops waiting for a search, "load more" or preview in flight; the table keeps what it shows. */
    public void cancelLoad() {
        loading.cancel();
    }

    /** A cancelled load: the rows never changed; the table's empty-text goes back to what it said before. */
    private void keepWhatWasShown(String messageBefore) {
        tableMessage.set(messageBefore);
        loadNote.set(labels.messages().get("activities.loadCancelled"));
    }

    /** Checks or unchecks the rows the table filter lets through (all rows without a filter). */
    public void checkAll(boolean check) {
        visibleRows.forEach(r -> r.checkedProperty().set(check));
    }

    public List<Long> checkedIds() {
        return rows.stream().filter(ActivityRow::isChecked).map(ActivityRow::id).toList();
    }

    public boolean deleteChecked() {
        if (allMatching.get() && lastFilter != null) {
            return bulk.startMatching(lastFilter, total.get());
        }
        return bulk.start(checkedIds(), null);
    }

    public boolean deleteTypedIds() {
        IdSelection chosen = ids.selectionProperty().get();
        return ids.deletable() && bulk.start(chosen.ids(), ids.wideRangeWarning());
    }

    public void deleteOne(ActivityRow row) {
        if (service != null && row != null && !busy.get() && !bulk.runningProperty().get()) {
            single.delete(row, service);
        }
    }

    private void removed(List<Long> deleted) {
        Set<Long> gone = new HashSet<>(deleted);
        int before = rows.size();
        // one bulk removal (a set of rows): removeIf would remove row by row, quadratic on 10 000 rows
        Set<ActivityRow> deletedRows = new HashSet<>();
        rows.forEach(r -> {
            if (gone.contains(r.id())) {
                deletedRows.add(r);
            }
        });
        rows.removeAll(deletedRows);
        total.set(Math.max(0, total.get() - (before - rows.size())));
        if (before > 0 && rows.isEmpty()) {
            // the table is empty because the admin emptied it: say so, not what an empty search would say
            tableMessage.set(labels.messages().get("activities.table.allDeleted", before));
        }
        if (selected.get() != null && gone.contains(selected.get().id())) {
            selected.set(null);
        }
    }

    /** Kept by counting changes: a recount per check box would make "check all" quadratic on big tables. */
    private void countChecked(ListChangeListener.Change<? extends ActivityRow> c) {
        while (c.next()) {
            int delta = (int) c.getAddedSubList().stream().filter(ActivityRow::isChecked).count()
                    - (int) c.getRemoved().stream().filter(ActivityRow::isChecked).count();
            checkedCount.set(checkedCount.get() + delta);
        }
    }

    /** Worker thread: rows are worded where the page arrives (dates, type and owner names), not on the FX thread. */
    private List<ActivityRow> word(List<Activity> activities, NameDirectory known) {
        return activities.stream().map(a -> new ActivityRow(a, labels, known)).toList();
    }

    /** FX thread, once per page: one batched lookup for the ids of these rows that have no name yet. */
    private void askNames(List<ActivityRow> shown) {
        NameDirectory asked = names;
        asked.fill(shown.stream().map(r -> r.activity().responsibleId()).toList(),
                shown.stream().map(r -> new NameLookup.Owner(r.activity().ownerTypeId(), r.activity().ownerId()))
                        .toList(),
                () -> {
                    if (asked == names) {
                        rows.forEach(r -> r.rename(labels, asked));
                        refilter();
                    }
                });
    }

    private void refilter() {
        String query = rowFilter.get() == null ? "" : rowFilter.get().strip().toLowerCase(java.util.Locale.ROOT);
        visibleRows.setPredicate(query.isEmpty() ? null : row -> row.matches(query));
    }

    /** FX thread: the rows' check boxes count into {@link #checkedCountProperty()}. */
    private List<ActivityRow> countChecks(List<ActivityRow> worded) {
        for (ActivityRow row : worded) {
            row.checkedProperty().addListener((o, was, now) -> checkedCount.set(checkedCount.get() + (now ? 1 : -1)));
        }
        return worded;
    }

    private record WordedPage(ActivityPage page, List<ActivityRow> rows, BulkDeleteViewModel.Unfinished unfinished) {
    }

    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    /** The rows the table filter lets through. */
    public ObservableList<ActivityRow> visibleRows() {
        return visibleRows;
    }

    /** Text typed into the table filter: matches subject, type, owner and responsible by name or by id. */
    public StringProperty rowFilterProperty() {
        return rowFilter;
    }

    /** The names known for this connection (shared with the details pane and the backups view). */
    public NameDirectory names() {
        return names;
    }

    public ReadOnlyIntegerProperty checkedCountProperty() {
        return checkedCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Whether every activity the search found is chosen ("Select all N matching" was pressed). */
    public ReadOnlyBooleanProperty allMatchingProperty() {
        return allMatching.getReadOnlyProperty();
    }

    /** Whether "Select all N matching" is offered: all loaded rows of a search checked, and more exist. */
    public ReadOnlyBooleanProperty canSelectAllMatchingProperty() {
        return canSelectAllMatching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty tableMessageProperty() {
        return tableMessage.getReadOnlyProperty();
    }

    /** The load that may be cancelled: whether it runs and how long it has waited. */
    public CancellableLoad loading() {
        return loading;
    }

    /** How long a search has waited, or a note that the last one was cancelled; empty otherwise. */
    public StringBinding loadStatus() {
        return loadStatus;
    }

    public StringBinding foundText() {
        return foundText;
    }

    public ActivitySearchForm form() {
        return form;
    }

    public IdInput ids() {
        return ids;
    }

    public ActivityDetails details() {
        return details;
    }

    public WhereUsedViewModel whereUsed() {
        return whereUsed;
    }

    public BulkDeleteViewModel bulk() {
        return bulk;
    }

    /**
     * A Backups view for this connection: its portal's backups in the backup folder, restored through it.
     * {@code windowDialogs} ask over the Backups window (a question owned by the main window would open behind it).
     */
    public BackupsViewModel backups(DialogService windowDialogs) {
        return new BackupsViewModel(tasks, notifier, windowDialogs, labels, bulk.backupFolderProperty().get(),
                bulk.portal(), service, names, bulk.locks());
    }
}
