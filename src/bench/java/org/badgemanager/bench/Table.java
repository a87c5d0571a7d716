package org.badgemanager.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Prints benchmark rows as a Markdown table: measured median, the bound or baseline, ratio, target, verdict. */
final class Table {
    private Table() {
    }

    static void header() {
        System.out.println("| measurement | median | bound / baseline | ratio | target | ok |");
        System.out.println("|---|---|---|---|---|---|");
    }

    static void row(String what, String measured, String bound, double ratio, String target, boolean ok) {
        System.out.printf("| %s | %s | %s | %s | %s | %s |%n", what, measured, bound,
                Double.isNaN(ratio) ? "–" : String.format("%.2f", ratio), target, ok ? "yes" : "**no**");
    }

    static double median(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
