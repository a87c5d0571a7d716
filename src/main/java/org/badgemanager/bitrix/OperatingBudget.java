package org.badgemanager.bitrix;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The portal's second limit, kept on our side: the server time each method used within the window (10 minutes)
 * must stay below the budget (480 s in the cloud), or the portal blocks the method for everyone with
 * {@code OPERATION_TIME_LIMIT}. Before a call the client reserves what the call is expected to cost (what one
 * command of that method cost lately, times the commands) and waits while the reading plus the reservations would
 * pass the budget less a margin; after the answer the reading replaces the guess.
 * <p>
 * The readings are the portal's {@code time.operating} (the method's sum in the window; per command inside a batch
 * where the portal gives it), or else a command's {@code duration} from {@code result_time} as an estimate of its
 * charge. What the sum grew by is booked at the time of the answer and assumed to leave the window one window
 * later: the portal's basket started no later, so its share leaves no later and the estimate errs only on the
 * safe side. When the portal's sum is lower than ours (its basket left earlier), the oldest bookings are dropped.
 * A call is therefore only ever sent while the method's sum is below the budget less the margin: the app is never
 * blocked by its own work.
 */
final class OperatingBudget {
    /**
     * One reading from an answer: the method's sum after a call ({@code operating}) with the Unix second its oldest
     * basket leaves ({@code resetAt}, null when not given), or an estimated charge.
     */
    record Reading(String method, Double operating, Double charge, Long resetAt) {
        Reading(String method, Double operating, Double charge) {
            this(method, operating, charge, null);
        }
    }

    /** What a call holds of the budget while it runs. */
    record Reservation(Map<String, Double> seconds) {
        static final Reservation NONE = new Reservation(Map.of());
    }

    private record Charge(long atNanos, double seconds) {
    }

    private final class Ledger {
        /**
         * Sorted by time: the oldest leave the window first. One entry per call and moment (a batch's commands are
         * booked together), with their running sum: a busy run books thousands of calls a window, and the sum is
         * read for every command of every answer.
         */
        private final java.util.ArrayDeque<Charge> charges = new java.util.ArrayDeque<>();
        private double sum;
        private double reserved;
        private double perCommand;
        private double largestCall;
        private boolean read;

        double live(long now) {
            while (!charges.isEmpty() && charges.peekFirst().atNanos() + windowNanos <= now) {
                sum -= charges.pollFirst().seconds();
            }
            if (charges.isEmpty()) {
                sum = 0; // no rounding left over
            }
            return Math.max(0, sum);
        }

        double threshold() {
            return Math.max(0, limit - Math.max(limit * margin, 2 * largestCall));
        }

        /** 0 when {@code need} fits now, else how long until it fits as far as we can tell. */
        long nanosUntilRoom(long now, double need) {
            double live = live(now);
            double threshold = threshold();
            if (live + reserved + need <= threshold || live + reserved == 0) {
                return 0;
            }
            double left = live + reserved;
            for (Charge c : charges) {
                left -= c.seconds();
                if (left + need <= threshold) {
                    return Math.max(1, c.atNanos() + windowNanos - now);
                }
            }
            // only calls in flight stand in the way: their answers will tell
            return Math.max(1_000_000, windowNanos / 600);
        }

        void book(long at, double seconds) {
            sum += seconds;
            Charge last = charges.peekLast();
            if (last == null || last.atNanos() < at) {
                charges.addLast(new Charge(at, seconds));
                return;
            }
            if (last.atNanos() == at) {
                charges.pollLast();
                charges.addLast(new Charge(at, last.seconds() + seconds));
                return;
            }
            // older work booked behind newer (rare): put it in its place
            java.util.ArrayDeque<Charge> newer = new java.util.ArrayDeque<>();
            while (!charges.isEmpty() && charges.peekLast().atNanos() > at) {
                newer.addFirst(charges.pollLast());
            }
            charges.addLast(new Charge(at, seconds));
            charges.addAll(newer);
        }

        /** The portal's sum is lower than ours: the oldest bookings left its window already. */
        void shave(double excess) {
            while (excess > 1e-9 && !charges.isEmpty()) {
                Charge oldest = charges.pollFirst();
                if (oldest.seconds() > excess) {
                    charges.addFirst(new Charge(oldest.atNanos(), oldest.seconds() - excess));
                    sum -= excess;
                    return;
                }
                sum -= oldest.seconds();
                excess -= oldest.seconds();
            }
            if (charges.isEmpty()) {
                sum = 0;
            }
        }

        void learn(double commandCharge) {
            perCommand = commandCharge > perCommand ? commandCharge : perCommand * 0.9 + commandCharge * 0.1;
        }
    }

    private final double limit;
    private final long windowNanos;
    private final double margin;
    private final LongSupplier nanoClock;
    private final java.util.function.Function<Long, Long> nanosAt;
    private final Map<String, Ledger> ledgers = new HashMap<>();

    /** @param limit the budget, null for none (self-hosted): readings are kept but nothing waits for them */
    /** {@code nanosAt}: a Unix second of the portal's clock on {@code nanoClock}. */
    OperatingBudget(Duration limit, Duration window, double margin, LongSupplier nanoClock,
                    java.util.function.Function<Long, Long> nanosAt) {
        this.limit = limit == null ? Double.POSITIVE_INFINITY : limit.toNanos() / 1e9;
        this.windowNanos = window.toNanos();
        this.margin = margin;
        this.nanoClock = nanoClock;
        this.nanosAt = nanosAt;
    }

    boolean paced() {
        return limit != Double.POSITIVE_INFINITY;
    }

    /**
     * Waits until calls of these methods (method → commands of it in this call) fit the budget, then reserves their
     * expected cost. Tells {@code pacing} about a wait worth a word, about once a second while it lasts.
     */
    synchronized Reservation reserve(Map<String, Integer> commands, Pacing pacing) throws InterruptedException {
        if (!paced()) {
            return Reservation.NONE;
        }
        boolean told = false;
        while (true) {
            long now = nanoClock.getAsLong();
            long longest = 0;
            String blocking = null;
            for (Map.Entry<String, Integer> e : commands.entrySet()) {
                Ledger ledger = ledger(e.getKey());
                long wait = ledger.nanosUntilRoom(now, e.getValue() * ledger.perCommand);
                if (wait > longest) {
                    longest = wait;
                    blocking = e.getKey();
                }
            }
            if (longest == 0) {
                Map<String, Double> held = new LinkedHashMap<>();
                commands.forEach((method, n) -> {
                    Ledger ledger = ledger(method);
                    double need = n * ledger.perCommand;
                    ledger.reserved += need;
                    held.put(method, need);
                });
                if (told) {
                    pacing.resumed();
                }
                return new Reservation(held);
            }
            if (told || longest >= Pacing.WORTH_SAYING.toNanos()) {
                told = true;
                pacing.waiting(new PacingListener.Wait(PacingListener.WaitReason.OPERATING_BUDGET, blocking,
                        Duration.ofNanos(longest)));
            }
            long millis = Math.max(1, Math.min(1000, longest / 1_000_000));
            wait(millis);
        }
    }

    /** The call ended: its reservation goes, its readings (in the order the portal ran the commands) come in. */
    synchronized void settle(Reservation reservation, List<Reading> readings) {
        reservation.seconds().forEach((method, seconds) -> ledger(method).reserved -= seconds);
        Map<String, Double> callCharge = new HashMap<>();
        long now = nanoClock.getAsLong();
        for (Reading r : readings) {
            Ledger ledger = ledger(r.method());
            double charged;
            if (r.operating() != null) {
                double delta = r.operating() - ledger.live(now);
                if (delta < 0) {
                    ledger.shave(-delta);
                    continue;
                }
                charged = delta;
            } else if (r.charge() != null && r.charge() >= 0) {
                charged = r.charge();
            } else {
                continue;
            }
            // Growth up to twice what a command of the method has cost lately is this client's own work and leaves
            // one window from now. More, or a first reading whose oldest basket is not new, is older work (before
            // the app started, another instance): it leaves when the portal says its oldest basket does.
            Long leaves = r.resetAt() == null ? null : nanosAt.apply(r.resetAt());
            boolean fresh = leaves == null || leaves >= now + windowNanos * 8 / 10;
            boolean first = !ledger.read;
            ledger.read |= r.operating() != null;
            double expected = ledger.perCommand;
            double own = r.operating() == null ? charged
                    : first && !fresh ? 0 : expected == 0 ? charged : Math.min(charged, 2 * expected);
            double older = charged - own;
            if (own > 0) {
                ledger.book(now, own);
            }
            if (older > 0 && (leaves == null || leaves > now)) {
                // a basket the portal said leaves at a time already past is gone: nothing to keep
                ledger.book(leaves != null && leaves < now + windowNanos ? leaves - windowNanos : now, older);
            }
            if (own > 0) {
                ledger.learn(own);
            }
            callCharge.merge(r.method(), own, Double::sum);
        }
        callCharge.forEach((method, seconds) -> {
            Ledger ledger = ledger(method);
            ledger.largestCall = Math.max(ledger.largestCall, seconds);
        });
        notifyAll();
    }

    /** How long {@code calls} calls of {@code commandsPerCall} commands each add to a run because of the budget. */
    synchronized Duration timeFor(String method, int commandsPerCall, int calls) {
        if (!paced() || calls <= 0) {
            return Duration.ZERO;
        }
        Ledger ledger = ledger(method);
        long now = nanoClock.getAsLong();
        double threshold = ledger.threshold();
        double need = ledger.perCommand * commandsPerCall * calls;
        double room = Math.max(0, threshold - ledger.live(now) - ledger.reserved);
        if (need <= room || threshold <= 0) {
            return Duration.ZERO;
        }
        // past the room left, the budget lets through a threshold's worth per window
        double seconds = (need - room) / threshold * (windowNanos / 1e9);
        return Duration.ofMillis((long) (seconds * 1000));
    }

    /** The method's sum in the window as the client knows it now, in seconds (tests, diagnostics). */
    synchronized double used(String method) {
        return ledger(method).live(nanoClock.getAsLong());
    }

    private Ledger ledger(String method) {
        return ledgers.computeIfAbsent(method, m -> new Ledger());
    }
}
