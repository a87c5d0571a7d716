package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * Charges calls to their methods' operating budgets: refuses a call of a blocked method ({@code 429
 * OPERATION_TIME_LIMIT}), books what a call that ran costs ({@link OperatingCosts}, at the time scale), and, when
 * asked to, makes the call take that long, so that requests in flight matter as on a real server. The outer
 * {@code batch} is not charged; each command in it is, to its own method (DOC batch.md).
 */
final class OperatingMeter {
    /** What a call was charged and where its method stands after it. */
    record Usage(double charged, double operating, long resetAt) {
    }

    private final OperatingLedger ledger;
    private final OperatingCosts costs;
    private final double scale;
    private final boolean takesTime;
    /** One request's tally (a server thread runs one request at a time). */
    private static final class Tally {
        double charged;
        long beganNanos;
    }

    private final ThreadLocal<Tally> requestCharge = ThreadLocal.withInitial(Tally::new);

    OperatingMeter(OperatingLedger ledger, OperatingCosts costs, double scale, boolean takesTime) {
        this.ledger = ledger;
        this.costs = costs;
        this.scale = scale;
        this.takesTime = takesTime;
    }

    static RestError blocked() {
        return new RestError(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
    }

    /** Throws {@link #blocked()} when the method is over its budget. */
    void check(String method) {
        if (!method.equals(BatchMethod.NAME) && ledger.refuses(method)) {
            throw blocked();
        }
    }

    Usage charge(String method, ObjectNode params, MethodResult result) {
        if (method.equals(BatchMethod.NAME)) {
            return usage(method, 0);
        }
        double seconds = costs.charge(method, params, result) / scale;
        requestCharge.get().charged += seconds;
        ledger.charge(method, seconds);
        return usage(method, seconds);
    }

    Usage usage(String method, double charged) {
        return new Usage(charged, ledger.used(method), ledger.resetAt(method));
    }

    /** Starts a request's tally (the thread runs one request at a time). */
    void begin() {
        Tally tally = requestCharge.get();
        tally.charged = 0;
        tally.beganNanos = System.nanoTime();
    }

    /**
     * Ends it: with server time on, the request takes what it was charged, in all: the sandbox's own work counts
     * towards it (a real server's charge is its work), so a loaded test machine does not make requests longer
     * than the model says unless its work alone takes longer.
     */
    void end() {
        Tally tally = requestCharge.get();
        double seconds = tally.charged - (System.nanoTime() - tally.beganNanos) / 1e9;
        tally.charged = 0;
        if (takesTime && seconds > 0) {
            try {
                Duration d = OperatingCosts.duration(seconds);
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    OperatingStats stats() {
        return ledger.stats();
    }
}
