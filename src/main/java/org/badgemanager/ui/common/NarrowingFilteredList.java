package org.badgemanager.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A filtered view of a list that reports a new predicate as the rows that left and the rows that came, not as
 * "everything replaced".
 *
 * <p>Why not {@link javafx.collections.transformation.FilteredList}: it reports every predicate change as one
 * replacement of the whole list, and a {@code TableView} answers a replacement by emptying every visible row and
 * filling it again; each row then switches between the {@code :empty} and {@code :filled} styles twice, which
 * restyles all its cells. That was most of the cost of a search keystroke over 10 000 badges. Typing narrows the
 * rows (only removals) and erasing widens them (only additions): the table then keeps its rows and only refills
 * the ones whose badge changed.
 *
 * <p>A predicate change that both removes and adds rows is reported as two changes, first the removals, then the
 * additions, so that no part of it reads as a replacement. A change of the source list itself (a refresh, a sort)
 * is passed on as a replacement, like {@code FilteredList} does.
 */
public final class NarrowingFilteredList<E> extends TransformationList<E, E> {
    private static final Predicate<Object> ALL = e -> true;

    /** Source indices of the rows shown, ascending. */
    private int[] shown;
    /** The rows shown: after a source change, the only record of what the table showed before it. */
    private List<E> rows;

    private final ObjectProperty<Predicate<? super E>> predicate = new SimpleObjectProperty<>(this, "predicate") {
        @Override
        protected void invalidated() {
            refilter();
        }
    };

    public NarrowingFilteredList(ObservableList<? extends E> source) {
        super(source);
        showIndices(matching(activePredicate()));
    }

    /** The rows kept; {@code null} keeps all. */
    public ObjectProperty<Predicate<? super E>> predicateProperty() {
        return predicate;
    }

    public void setPredicate(Predicate<? super E> value) {
        predicate.set(value);
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public int getSourceIndex(int index) {
        Objects.checkIndex(index, shown.length);
        return shown[index];
    }

    @Override
    public int getViewIndex(int sourceIndex) {
        int at = Arrays.binarySearch(shown, sourceIndex);
        return at < 0 ? -1 : at;
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> change) {
        List<E> before = rows;
        showIndices(matching(activePredicate()));
        beginChange();
        nextReplace(0, rows.size(), before);
        endChange();
    }

    private void refilter() {
        int[] before = shown;
        int[] after = matching(activePredicate());
        int[] kept = intersection(before, after);
        if (kept.length < before.length) {
            show(kept, before);
        }
        if (after.length > kept.length) {
            show(after, kept);
        }
    }

    /**
     * Moves from {@code current} to {@code next}, where one contains the other (both ascending source indices),
     * and fires the rows removed or added as runs.
     */
    private void show(int[] next, int[] current) {
        boolean removing = next.length < current.length;
        int[] longer = removing ? current : next;
        int[] shorter = removing ? next : current;
        List<E> before = rows;
        // set the new state first: listeners read the list while the change is fired
        showIndices(next);
        beginChange();
        int inShorter = 0;
        int i = 0;
        while (i < longer.length) {
            if (inShorter < shorter.length && shorter[inShorter] == longer[i]) {
                inShorter++;
                i++;
                continue;
            }
            // a run of rows in the longer list only, starting at view position inShorter of the shorter list
            int runStart = i;
            while (i < longer.length && (inShorter >= shorter.length || shorter[inShorter] != longer[i])) {
                i++;
            }
            if (removing) {
                nextRemove(inShorter, before.subList(runStart, i)); // before is never changed again
            } else {
                nextAdd(runStart, i);
            }
        }
        endChange();
    }

    private int[] matching(Predicate<? super E> test) {
        List<? extends E> source = getSource();
        int[] result = new int[source.size()];
        int count = 0;
        for (int i = 0; i < result.length; i++) {
            if (test.test(source.get(i))) {
                result[count++] = i;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** The indices in both ascending arrays. */
    private static int[] intersection(int[] a, int[] b) {
        int[] result = new int[Math.min(a.length, b.length)];
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                result[count++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(result, count);
    }

    private void showIndices(int[] sourceIndices) {
        List<? extends E> source = getSource();
        List<E> shownRows = new ArrayList<>(sourceIndices.length);
        for (int i : sourceIndices) {
            shownRows.add(source.get(i));
        }
        shown = sourceIndices;
        rows = shownRows;
    }

    @SuppressWarnings("unchecked")
    private Predicate<? super E> activePredicate() {
        Predicate<? super E> p = predicate.get();
        return p == null ? (Predicate<? super E>) ALL : p;
    }
}
