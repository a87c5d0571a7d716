package org.badgemanager.sandbox;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The portal's operating limit (DOC {@code settings/performance/limits.md}): each method's server time summed over
 * one-minute baskets, a basket living ten minutes from its first call; {@code operating} is the sum of the live
 * baskets, {@code operating_reset_at} when the oldest drops out. Once a call lifts the sum above the limit, that
 * call completes and the method's next calls are refused until enough baskets have dropped out. The sandbox keeps
 * one ledger per method for all its callers (it plays one app). All figures at the sandbox's time scale.
 */
final class OperatingLedger {
    private record Basket(Instant start, double[] sum) {
    }

    private final Map<String, ArrayDeque<Basket>> byMethod = new HashMap<>();
    private final Map<String, Double> highest = new HashMap<>();
    private final InstantSource clock;
    private final java.time.Duration basket;
    private final java.time.Duration window;
    private final Double limit;
    private long refused;

    /** @param limitSeconds the budget, or null when the limit is off (self-hosted default): never refuses */
    OperatingLedger(InstantSource clock, java.time.Duration basket, java.time.Duration window, Double limitSeconds) {
        this.clock = clock;
        this.basket = basket;
        this.window = window;
        this.limit = limitSeconds;
    }

    /** True (and counted) when the method is over its budget now. */
    synchronized boolean refuses(String method) {
        if (limit == null || used(method, clock.instant()) <= limit) {
            return false;
        }
        refused++;
        return true;
    }

    /** Books a call's charge; returns the method's sum after it. */
    synchronized double charge(String method, double seconds) {
        Instant now = clock.instant();
        ArrayDeque<Basket> baskets = live(method, now);
        Basket last = baskets.peekLast();
        if (last == null || !now.isBefore(last.start().plus(basket))) {
            last = new Basket(now, new double[1]);
            baskets.addLast(last);
        }
        last.sum()[0] += seconds;
        double used = used(method, now);
        highest.merge(method, used, Math::max);
        return used;
    }

    synchronized double used(String method) {
        return used(method, clock.instant());
    }

    /** Unix second when the method's oldest basket drops out (a window from now when it has none). */
    synchronized long resetAt(String method) {
        Instant now = clock.instant();
        Basket oldest = live(method, now).peekFirst();
        Instant at = oldest == null ? now.plus(window) : oldest.start().plus(window);
        return at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
    }

    synchronized OperatingStats stats() {
        return new OperatingStats(refused, Map.copyOf(highest), limit);
    }

    private double used(String method, Instant now) {
        double sum = 0;
        for (Basket b : live(method, now)) {
            sum += b.sum()[0];
        }
        return sum;
    }

    private ArrayDeque<Basket> live(String method, Instant now) {
        ArrayDeque<Basket> baskets = byMethod.computeIfAbsent(method, m -> new ArrayDeque<>());
        while (!baskets.isEmpty() && !now.isBefore(baskets.peekFirst().start().plus(window))) {
            baskets.pollFirst();
        }
        return baskets;
    }
}
