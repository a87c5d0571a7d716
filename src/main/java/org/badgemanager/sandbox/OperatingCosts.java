package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * The sandbox's cost model: how much server time (at real scale, in seconds) a call is charged against its
 * method's operating budget. A model, not a measurement, except where noted; every figure can be changed.
 * <ul>
 *   <li>{@code perCall}: every call that ran (default 0.002 s).</li>
 *   <li>{@code perPage}: every page of a {@code *.list} method, counted or not (default 0.010 s; the docs measured
 *   0.097 s for a page without a count on a 2.4 million row table).</li>
 *   <li>{@code perCountedRow}: a page asked for with a count ({@code start} ≥ 0) counts every row matching the
 *   filter (default 0.000 02 s a row: the docs measured 49.9 s for 2 387 743 rows). {@code start=-1} skips it.</li>
 *   <li>{@code perDeletedActivity}: each {@code crm.activity.delete} that deleted (default 0.005 s: at the standard
 *   plan's 2 requests/s of 50 deletes that is 0.5 s of server time a second, below the 0.8 s a second a 480 s
 *   budget allows in 10 minutes; Enterprise's 5 requests/s would use 1.25 s a second and must wait for the
 *   budget).</li>
 * </ul>
 */
public record OperatingCosts(double perCall, double perPage, double perCountedRow, double perDeletedActivity) {
    public static final OperatingCosts DEFAULTS = new OperatingCosts(0.002, 0.010, 0.00002, 0.005);
    /** Nothing is charged: the budget never fills. */
    public static final OperatingCosts FREE = new OperatingCosts(0, 0, 0, 0);

    public OperatingCosts {
        if (perCall < 0 || perPage < 0 || perCountedRow < 0 || perDeletedActivity < 0) {
            throw new IllegalArgumentException("costs cannot be negative");
        }
    }

    public OperatingCosts withPerCall(double seconds) {
        return new OperatingCosts(seconds, perPage, perCountedRow, perDeletedActivity);
    }

    public OperatingCosts withPerPage(double seconds) {
        return new OperatingCosts(perCall, seconds, perCountedRow, perDeletedActivity);
    }

    public OperatingCosts withPerCountedRow(double seconds) {
        return new OperatingCosts(perCall, perPage, seconds, perDeletedActivity);
    }

    public OperatingCosts withPerDeletedActivity(double seconds) {
        return new OperatingCosts(perCall, perPage, perCountedRow, seconds);
    }

    /** What one call that ran is charged, in real seconds. */
    double charge(String method, ObjectNode params, MethodResult result) {
        double seconds = perCall;
        String m = method.toLowerCase(java.util.Locale.ROOT);
        if (m.endsWith(".list")) {
            seconds += perPage;
            long start = Params.wholeNumber(Params.get(params, "start")).orElse(0);
            if (start != -1 && result.total() != null) {
                seconds += perCountedRow * result.total();
            }
        }
        if (m.equals("crm.activity.delete")) {
            seconds += perDeletedActivity;
        }
        return seconds;
    }

    /** A charge as a duration (for the sandbox's optional server-time delay). */
    static Duration duration(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
