package org.badgemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

/**
 * The filtered list as a table sees it: a listener that replays every change on its own copy must end with the
 * filtered rows, and a new predicate must never read as "everything replaced".
 */
class NarrowingFilteredListTest {

    /** A listener that keeps a copy of the list from the changes alone, and notes what kind they were. */
    private static final class Mirror<E> implements ListChangeListener<E> {
        final List<E> copy;
        int changes;
        int replacements;
        int removed;
        int added;

        Mirror(List<E> start) {
            copy = new ArrayList<>(start);
        }

        @Override
        public void onChanged(Change<? extends E> c) {
            changes++;
            while (c.next()) {
                if (c.wasReplaced()) {
                    replacements++;
                }
                if (c.wasPermutated()) {
                    List<E> before = new ArrayList<>(copy);
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        copy.set(c.getPermutation(i), before.get(i));
                    }
                    continue;
                }
                // the removed elements must be the ones the copy holds there
                assertThat(copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize())).isEqualTo(c.getRemoved());
                copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                copy.addAll(c.getFrom(), c.getAddedSubList());
                removed += c.getRemovedSize();
                added += c.getAddedSize();
            }
        }
    }

    private static ObservableList<String> words(String... w) {
        return FXCollections.observableArrayList(w);
    }

    @Test
    void typingNarrowsByRemovalsOnly() {
        var list = new NarrowingFilteredList<>(words("badge1", "badge2", "badge10", "call", "badge11", "badge3"));
        Mirror<String> table = watch(list);
        list.setPredicate(s -> s.contains("badge1"));
        assertThat(list).containsExactly("badge1", "badge10", "badge11");
        assertThat(table.copy).isEqualTo(list);
        assertThat(table.replacements).isZero();
        assertThat(table.added).isZero();
        assertThat(table.removed).isEqualTo(3);
    }

    @Test
    void erasingWidensByAdditionsOnly() {
        var list = new NarrowingFilteredList<>(words("badge1", "badge2", "badge10", "call", "badge11", "badge3"));
        list.setPredicate(s -> s.contains("badge1"));
        Mirror<String> table = watch(list);
        list.setPredicate(null);
        assertThat(list).containsExactly("badge1", "badge2", "badge10", "call", "badge11", "badge3");
        assertThat(table.copy).isEqualTo(list);
        assertThat(table.replacements).isZero();
        assertThat(table.removed).isZero();
        assertThat(table.added).isEqualTo(3);
    }

    @Test
    void anUnrelatedQueryRemovesThenAddsInTwoChanges() {
        var list = new NarrowingFilteredList<>(words("apple", "berry", "cherry", "damson"));
        list.setPredicate(s -> s.startsWith("a") || s.startsWith("c"));
        Mirror<String> table = watch(list);
        list.setPredicate(s -> s.startsWith("b") || s.startsWith("d"));
        assertThat(list).containsExactly("berry", "damson");
        assertThat(table.copy).isEqualTo(list);
        assertThat(table.changes).isEqualTo(2);
        assertThat(table.replacements).isZero();
    }

    @Test
    void theSamePredicateResultFiresNothing() {
        var list = new NarrowingFilteredList<>(words("badge1", "badge2"));
        Mirror<String> table = watch(list);
        list.setPredicate(s -> s.startsWith("b"));
        list.setPredicate(s -> s.contains("badge"));
        assertThat(table.changes).isZero();
    }

    @Test
    void followsItsSourceAndMapsIndicesBothWays() {
        ObservableList<String> source = words("b", "a", "c", "ab");
        var list = new NarrowingFilteredList<>(source);
        list.setPredicate(s -> s.contains("a"));
        Mirror<String> table = watch(list);
        source.add(0, "aa");
        source.remove("b");
        source.setAll("za", "x", "ya");
        assertThat(list).containsExactly("za", "ya");
        assertThat(table.copy).isEqualTo(list);
        assertThat(list.getSourceIndex(1)).isEqualTo(2);
        assertThat(list.getViewIndex(2)).isEqualTo(1);
        assertThat(list.getViewIndex(1)).isEqualTo(-1);
    }

    @Test
    void aSortAboveItKeepsTheFilteredRowsInTheNewOrder() {
        ObservableList<String> source = words("delta", "alpha", "charlie", "bravo", "echo");
        SortedList<String> sorted = new SortedList<>(source);
        var list = new NarrowingFilteredList<>(sorted);
        list.setPredicate(s -> !s.equals("charlie"));
        Mirror<String> table = watch(list);
        sorted.setComparator(Comparator.naturalOrder());
        assertThat(list).containsExactly("alpha", "bravo", "delta", "echo");
        sorted.setComparator(Comparator.<String>naturalOrder().reversed());
        list.setPredicate(s -> s.contains("a"));
        assertThat(list).containsExactly("delta", "charlie", "bravo", "alpha");
        assertThat(table.copy).isEqualTo(list);
    }

    /** Many random predicates over a list with repeats: the copy always matches, no predicate reads as a replacement. */
    @Test
    void randomPredicatesAreReplayedExactly() {
        Random random = new Random(20261201);
        List<Integer> values = IntStream.range(0, 300).map(i -> random.nextInt(40)).boxed().toList();
        var list = new NarrowingFilteredList<>(FXCollections.observableArrayList(values));
        Mirror<Integer> table = watch(list);
        for (int round = 0; round < 500; round++) {
            int modulus = 1 + random.nextInt(7);
            int rest = random.nextInt(modulus);
            Predicate<Integer> p = random.nextInt(10) == 0 ? null : v -> v % modulus == rest;
            list.setPredicate(p);
            List<Integer> expected = values.stream().filter(p == null ? v -> true : p).toList();
            assertThat(list).isEqualTo(expected);
            assertThat(table.copy).isEqualTo(expected);
        }
        assertThat(table.replacements).isZero();
    }

    private static <E> Mirror<E> watch(ObservableList<E> list) {
        Mirror<E> mirror = new Mirror<>(list);
        list.addListener(mirror);
        return mirror;
    }
}
