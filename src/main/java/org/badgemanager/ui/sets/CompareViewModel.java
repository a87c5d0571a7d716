package org.badgemanager.ui.sets;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.PlanOptions;
import org.badgemanager.badgesets.CodeComparison;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.badgesets.InvalidBadgeSetException;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.ui.common.CancellableLoad;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The comparison of two badge sets: which sides, every code with its state (filterable), the selected code's
 * fields side by side, and what a plan would change on the right side (the target): add what it lacks, replace
 * what differs, and, only when asked, delete what only it has.
 */
public final class CompareViewModel {
    private final ObservableList<SideChoice> sideOptions = FXCollections.observableArrayList();
    private final ObjectProperty<SideChoice> left = new SimpleObjectProperty<>();
    private final ObjectProperty<SideChoice> right = new SimpleObjectProperty<>();
    private final CancellableLoad loading = new CancellableLoad();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LoadedSide> loadedLeft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LoadedSide> loadedRight = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.includedProperty()});
    private final FilteredList<CompareRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<CodeState> filter = new SimpleObjectProperty<>();
    private final Map<CodeState, ReadOnlyIntegerWrapper> counts = new EnumMap<>(CodeState.class);
    private final ObjectProperty<CompareRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<DetailLine> details = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty addMissing = new SimpleBooleanProperty(true);
    private final BooleanProperty replaceDifferent = new SimpleBooleanProperty(true);
    private final BooleanProperty deleteExtra = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper planned = new ReadOnlyIntegerWrapper();
    private SetComparison comparison;
    private boolean reviewWhenCompared;
    private Runnable onComparedForCopy = () -> { };
    private final BooleanBinding canCompare;
    private final BooleanBinding canPlan;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;
    private final SideLoader loader;
    private Path lastFolder;

    public CompareViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages,
                            SideLoader loader) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
        for (CodeState s : CodeState.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper());
        }
        filter.addListener((o, was, now) -> visible.setPredicate(now == null ? null : r -> r.state() == now));
        selected.addListener((o, was, now) -> details.setAll(now == null ? List.of()
                : DetailLine.of(now.comparison(), messages)));
        IntegerBinding chosen = Bindings.createIntegerBinding(() -> chosenRows().size(), rows, addMissing,
                replaceDifferent, deleteExtra);
        planned.bind(chosen);
        canCompare = left.isNotNull().and(right.isNotNull()).and(busy.not());
        canPlan = busy.not().and(planned.greaterThan(0)).and(Bindings.createBooleanBinding(
                () -> loadedRight.get() != null && loadedRight.get().changeable(), loadedRight));
    }

    /** What either side may be: the connected portal, saved profiles, files chosen so far. */
    public void offer(List<SideChoice> choices) {
        sideOptions.setAll(choices);
    }

    /** Sets both sides and compares them at once (Import, Copy to another portal). */
    public void start(SideChoice leftSide, SideChoice rightSide) {
        addOption(leftSide);
        addOption(rightSide);
        left.set(leftSide);
        right.set(rightSide);
        reviewWhenCompared = leftSide instanceof SideChoice.Selection;
        if (leftSide != null && rightSide != null) {
            compare();
        }
    }

    /** Asks for a badge-set file and puts it on the left (or right) side. */
    public void chooseFile(boolean onLeft) {
        dialogs.chooseFileToOpen(messages.get("sets.import.chooser"), lastFolder, messages.get("sets.import.kind"),
                "*.json;*.csv").ifPresent(file -> {
                    lastFolder = file.getParent();
                    SideChoice choice = new SideChoice.File(file);
                    addOption(choice);
                    (onLeft ? left : right).set(choice);
                });
    }

    private void addOption(SideChoice choice) {
        if (choice != null && !sideOptions.contains(choice)) {
            sideOptions.add(choice);
        }
    }

    public void swap() {
        SideChoice was = left.get();
        left.set(right.get());
        right.set(was);
        if (loadedLeft.get() != null && !busy.get()) {
            compare();
        }
    }

    /** Reads both sides off the FX thread and compares them; Cancel stops waiting. */
    public void compare() {
        if (!canCompare.get()) {
            return;
        }
        SideChoice l = left.get();
        SideChoice r = right.get();
        problems.clear();
        status.set(messages.get("sets.status.loading"));
        Pending<Loaded> work = loading.follow(tasks.run(() -> load(l, r)));
        work.whileRunning(busy)
                .onSuccess(loaded -> {
                    if (work.isCancelRequested()) {
                        status.set(messages.get("sets.status.cancelled"));
                        return;
                    }
                    show(loaded);
                })
                .onFailure(error -> {
                    if (CancellableLoad.wasCancelled(work, error)) {
                        status.set(messages.get("sets.status.cancelled"));
                    } else {
                        fail(error);
                    }
                });
    }

    private Loaded load(SideChoice l, SideChoice r) throws Exception {
        LoadedSide a = loader.load(l);
        LoadedSide b = loader.load(r);
        BadgeSet target = b.set();
        if (l instanceof SideChoice.Selection) {
            // copying a selection: the target's other badges are not part of the question
            target = target.only(a.set().byCode().keySet());
        }
        return new Loaded(a, b, SetComparison.compare(a.set(), target));
    }

    private record Loaded(LoadedSide left, LoadedSide right, SetComparison comparison) {
    }

    private void show(Loaded loaded) {
        comparison = loaded.comparison();
        loadedLeft.set(loaded.left());
        loadedRight.set(loaded.right());
        rows.setAll(loaded.comparison().rows().stream().map(CompareRow::new).toList());
        counts.forEach((state, count) -> count.set((int) loaded.comparison().count(state)));
        selected.set(null);
        status.set(messages.get("sets.status.compared", loaded.left().set().size(), loaded.right().set().size(),
                rows.size() - counts.get(CodeState.SAME).get()));
        if (reviewWhenCompared) {
            reviewWhenCompared = false;
            onComparedForCopy.run();
        }
    }

    private void fail(Throwable error) {
        comparison = null;
        loadedLeft.set(null);
        loadedRight.set(null);
        rows.clear();
        counts.values().forEach(c -> c.set(0));
        if (error instanceof InvalidBadgeSetException invalid) {
            // every problem with its line and field, in a list the user can read through; nothing is sent
            problems.setAll(invalid.problems().stream().map(p -> p.describe(messages.bundle())).toList());
            status.set(messages.get("sets.status.invalidFile", invalid.problems().size()));
            return;
        }
        if (error instanceof SideLoader.SideUnavailableException unavailable) {
            status.set(messages.get(unavailable.key(), unavailable.args()));
            notifier.showError(new ErrorMessage(messages.get("error.appCode"), status.get(),
                    messages.get("sets.error.advice")));
            return;
        }
        status.set(messages.get("sets.status.failed", ErrorMessage.of(error, messages).code()));
        notifier.showError(error);
    }

    /** A line for the status bar (what to do next), until the next comparison says more. */
    public void tell(String hint) {
        status.set(hint);
    }

    /** Told once, after the first comparison of a selection to copy: the window goes on to the plan. */
    public void onComparedForCopy(Runnable listener) {
        onComparedForCopy = listener;
    }

    public void cancel() {
        loading.cancel();
    }

    /** The codes a plan would change on the right side: by the three choices and each row's tick. */
    public List<CodeComparison> chosenRows() {
        return rows.stream().filter(r -> r.includedProperty().get() && wanted(r.state()))
                .map(CompareRow::comparison).toList();
    }

    private boolean wanted(CodeState state) {
        return switch (state) {
            case ONLY_LEFT -> addMissing.get();
            case DIFFERENT -> replaceDifferent.get();
            case ONLY_RIGHT -> deleteExtra.get();
            case SAME -> false;
        };
    }

    /** The plan for the right side as the user chose it (kinds of change and ticked codes); null before a comparison. */
    public ApplyPlan plan() {
        if (comparison == null) {
            return null;
        }
        Set<String> ticked = rows.stream().filter(r -> r.includedProperty().get()).map(CompareRow::code)
                .collect(Collectors.toSet());
        return ApplyPlan.from(comparison, new PlanOptions(addMissing.get(), replaceDifferent.get(), deleteExtra.get(),
                ticked));
    }

    /** The codes the current choices leave out although they differ: said in the plan as "skipped". */
    public List<CodeComparison> skippedRows() {
        Set<String> chosen = chosenRows().stream().map(CodeComparison::code).collect(Collectors.toSet());
        return rows.stream().filter(r -> r.actionable() && !chosen.contains(r.code()))
                .map(CompareRow::comparison).toList();
    }

    public ObservableList<SideChoice> sideOptions() {
        return sideOptions;
    }

    public ObjectProperty<SideChoice> leftProperty() {
        return left;
    }

    public ObjectProperty<SideChoice> rightProperty() {
        return right;
    }

    public ReadOnlyObjectProperty<LoadedSide> loadedLeftProperty() {
        return loadedLeft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadedSide> loadedRightProperty() {
        return loadedRight.getReadOnlyProperty();
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    /** The rows the filter lets through. */
    public ObservableList<CompareRow> visibleRows() {
        return visible;
    }

    /** Null: every state. */
    public ObjectProperty<CodeState> filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty count(CodeState state) {
        return counts.get(state).getReadOnlyProperty();
    }

    public ObjectProperty<CompareRow> selectedProperty() {
        return selected;
    }

    public ObservableList<DetailLine> details() {
        return details;
    }

    /** The problems of a file that cannot be used, one line each; empty otherwise. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public CancellableLoad loading() {
        return loading;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty addMissingProperty() {
        return addMissing;
    }

    public BooleanProperty replaceDifferentProperty() {
        return replaceDifferent;
    }

    public BooleanProperty deleteExtraProperty() {
        return deleteExtra;
    }

    /** How many codes the plan would change. */
    public ReadOnlyIntegerProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public BooleanBinding canCompare() {
        return canCompare;
    }

    /** A plan needs a changeable right side (a whole portal) and something to change. */
    public BooleanBinding canPlan() {
        return canPlan;
    }
}
