package org.badgemanager.ui.badges;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.ui.common.CancellableLoad;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.NarrowingFilteredList;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/** The badge table: its rows, search, selection, and the refresh and delete commands. */
public final class BadgesViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final System.Logger LOG = System.getLogger(BadgesViewModel.class.getName());

    private final ObservableList<BadgeRow> badges = FXCollections.observableArrayList();
    /** Sorted before filtering: a search then never re-sorts, and its changes reach the table as they are. */
    private final SortedList<BadgeRow> sorted = new SortedList<>(badges);
    private final NarrowingFilteredList<BadgeRow> visible = new NarrowingFilteredList<>(sorted);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<BadgeRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper lastRefresh = new ReadOnlyStringWrapper("");
    private final StringProperty loadError = new SimpleStringProperty();
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty();
    private final CancellableLoad loading = new CancellableLoad();
    private final ReadOnlyStringWrapper refreshNote = new ReadOnlyStringWrapper("");
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;
    private BadgeService service;
    private final BooleanBinding canEdit = selected.isNotNull().and(busy.not()).and(connected);
    private final BooleanBinding canAdd = connected.and(busy.not());
    private final BooleanBinding canFindUse = selected.isNotNull().and(connected);
    private Consumer<String> onWhereUsed = code -> { };
    private final StringBinding countText;
    private final StringBinding placeholderText;
    private final StringBinding busyText;

    public BadgesViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
        search.addListener((o, was, now) -> {
            String query = BadgeRow.normalize(now);
            visible.setPredicate(query.isEmpty() ? null : row -> row.matchesNormalized(query));
            // Edit and Delete act on the selected row: it must be one the user can see
            if (selected.get() != null && !visible.contains(selected.get())) {
                selected.set(null);
            }
        });
        countText = Bindings.createStringBinding(this::describeCount, visible, badges);
        placeholderText = Bindings.createStringBinding(this::describeEmptyTable, connected, busy, loadedOnce,
                loadError, badges, search, refreshNote);
        busyText = Bindings.createStringBinding(() -> loading.runningProperty().get()
                        ? messages.get("status.loadingBadges", loading.waitedSecondsProperty().get())
                        : messages.get("status.working"),
                loading.runningProperty(), loading.waitedSecondsProperty());
    }

    public void connect(BadgeService badgeService) {
        this.service = badgeService;
        connected.set(badgeService != null);
        badges.clear();
        loadedOnce.set(false);
        loadError.set(null);
        refreshNote.set("");
        if (badgeService != null) {
            refresh();
        }
    }

    public void refresh() {
        if (service == null || busy.get()) {
            return;
        }
        BadgeService current = service;
        String language = messages.language();
        refreshNote.set("");
        // rows are built on the worker too: with thousands of badges that keeps the FX thread free
        Pending<List<BadgeRow>> work = loading.follow(
                tasks.run(() -> current.list().stream().map(b -> BadgeRow.of(b, language)).toList()));
        work.whileRunning(busy)
                .onSuccess(list -> {
                    if (current != service) {
                        return; // answer from a portal we have since left
                    }
                    if (work.isCancelRequested()) {
                        refreshNote.set(messages.get("status.refreshCancelled")); // came too late: the user let go
                        return;
                    }
                    badges.setAll(list);
                    loadError.set(null);
                    loadedOnce.set(true);
                    lastRefresh.set(LocalTime.now().format(CLOCK));
                    LOG.log(System.Logger.Level.INFO, "Badge table shows {0} badges", list.size());
                })
                .onFailure(error -> {
                    // the rows we had stay: a failed refresh must not empty the table
                    if (CancellableLoad.wasCancelled(work, error)) {
                        refreshNote.set(messages.get("status.refreshCancelled"));
                        return; // the user's own choice: a note, not an error popup
                    }
                    loadError.set(ErrorMessage.of(error, messages).code());
                    notifier.showError(error);
                });
    }

    /** Stops waiting for a refresh in flight; the table keeps the rows it shows. */
    public void cancelRefresh() {
        loading.cancel();
    }

    /** Asks, then deletes; a successful delete offers Undo (the badge is added again). */
    public void delete(BadgeRow row) {
        if (service == null || row == null || busy.get()) {
            return;
        }
        Badge badge = row.badge();
        if (!dialogs.confirm(messages.get("delete.title"), messages.get("delete.header", badge.code()),
                messages.get("delete.content", row.title(), row.value(), badge.type().wireName()), badge)) {
            return;
        }
        BadgeService current = service;
        tasks.run(() -> {
            current.delete(badge); // journaled, and kept in Recently deleted
            return badge;
        })
                .whileRunning(busy)
                .onSuccess(deleted -> {
                    remove(deleted.code());
                    notifier.showInfo(messages.get("delete.done", deleted.code()), messages.get("delete.undo"),
                            () -> undoDelete(deleted));
                })
                .onFailure(error -> {
                    if (error instanceof BitrixException e && e.is("ENTITY_WITH_BADGE_EXISTS")) {
                        // the popup leads to the activities that carry it, and from there to the guided delete
                        notifier.showError(explainDeleteFailure(error), messages.get("whereUsed.action"),
                                () -> onWhereUsed.accept(badge.code()));
                    } else {
                        notifier.showError(explainDeleteFailure(error));
                    }
                });
    }

    /** "Where is it used?" for the selected badge: the window shows its carriers in the Activities tab. */
    public void whereUsed(BadgeRow row) {
        if (row != null && connected.get()) {
            onWhereUsed.accept(row.code());
        }
    }

    /** What "Where is it used?" opens (the window composes it: it spans both tabs). */
    public void setOnWhereUsed(Consumer<String> open) {
        onWhereUsed = open;
    }

    public BooleanBinding canFindUseProperty() {
        return canFindUse;
    }

    private ErrorMessage explainDeleteFailure(Throwable error) {
        ErrorMessage plain = ErrorMessage.of(error, messages);
        if (error instanceof BitrixException e && e.is("ENTITY_WITH_BADGE_EXISTS")) {
            return new ErrorMessage(plain.code(), messages.get("delete.inUse"), plain.advice());
        }
        return plain;
    }

    public void undoDelete(Badge badge) {
        if (service == null) {
            return;
        }
        BadgeService current = service;
        tasks.run(() -> current.restoreDeleted(badge))
                .whileRunning(busy)
                .onSuccess(added -> {
                    put(added);
                    notifier.showInfo(messages.get("delete.undone", added.code()));
                })
                .onFailure(notifier::showError);
    }

    /** Shows a badge that was added or changed, keeping its place in the list. */
    public void put(Badge badge) {
        BadgeRow row = BadgeRow.of(badge, messages.language());
        changed();
        for (int i = 0; i < badges.size(); i++) {
            if (badges.get(i).code().equals(badge.code())) {
                badges.set(i, row);
                select(row);
                return;
            }
        }
        badges.add(row);
        select(row);
    }

    /**
     * Selects a badge the user just added or changed. When the search hides it, the search is cleared and the user
     * is told: the badge they just made is in sight, and Edit or Delete never act on a row they cannot see.
     */
    private void select(BadgeRow row) {
        String query = BadgeRow.normalize(search.get());
        if (!query.isEmpty() && !row.matchesNormalized(query)) {
            String was = search.get();
            search.set("");
            notifier.showInfo(messages.get("search.clearedToShow", row.code(), was));
        }
        selected.set(row);
    }

    /** The table now shows the portal as this app left it: "Updated hh:mm" says so. */
    private void changed() {
        lastRefresh.set(LocalTime.now().format(CLOCK));
    }

    /** Replaces {@code oldCode}'s row (an edit may change the code). */
    public void replace(String oldCode, Badge badge) {
        for (int i = 0; i < badges.size(); i++) {
            if (badges.get(i).code().equals(oldCode)) {
                BadgeRow row = BadgeRow.of(badge, messages.language());
                badges.set(i, row);
                changed();
                select(row);
                return;
            }
        }
        put(badge);
    }

    public void remove(String code) {
        badges.removeIf(r -> r.code().equals(code));
        changed();
    }

    public Optional<BadgeRow> find(String code) {
        return badges.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return badges.stream().map(BadgeRow::code).toList();
    }

    public BadgeService service() {
        return service;
    }

    public ObservableList<BadgeRow> allBadges() {
        return badges;
    }

    /** The rows the table shows: sorted by {@link #sortOrderProperty()}, filtered by the search. */
    public ObservableList<BadgeRow> visibleBadges() {
        return visible;
    }

    /** The table's column sort; {@code null} keeps the portal's order. */
    public ObjectProperty<Comparator<? super BadgeRow>> sortOrderProperty() {
        return sorted.comparatorProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the table shows the connected portal's badges (false again on connecting elsewhere). */
    public javafx.beans.value.ObservableBooleanValue loadedOnceProperty() {
        return loadedOnce;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ObjectProperty<BadgeRow> selectedProperty() {
        return selected;
    }

    /** The refresh that may be cancelled: whether it runs and how long it has waited. */
    public CancellableLoad loading() {
        return loading;
    }

    /** What the status bar says beside the busy indicator: how long a refresh has waited, or "Working…". */
    public StringBinding busyText() {
        return busyText;
    }

    /** A note on the last refresh when it did not bring rows (it was cancelled); empty otherwise. */
    public ReadOnlyStringProperty refreshNoteProperty() {
        return refreshNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public StringBinding countText() {
        return countText;
    }

    /** What the empty table says: not connected, loading, failed, empty, or nothing matches. */
    public StringBinding placeholderText() {
        return placeholderText;
    }

    private String describeCount() {
        return visible.size() == badges.size() ? messages.get("status.count", badges.size())
                : messages.get("status.countFiltered", visible.size(), badges.size());
    }

    private String describeEmptyTable() {
        if (!connected.get()) {
            return messages.get("table.notConnected");
        }
        if (busy.get() && !loadedOnce.get()) {
            return messages.get("table.loading");
        }
        if (!loadedOnce.get() && !refreshNote.get().isEmpty()) {
            return messages.get("table.refreshCancelled");
        }
        if (loadError.get() != null && badges.isEmpty()) {
            return messages.get("table.failed", loadError.get());
        }
        if (badges.isEmpty()) {
            return messages.get("table.empty");
        }
        return messages.get("table.noMatch", search.get());
    }
}
