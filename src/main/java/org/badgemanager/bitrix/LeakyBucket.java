package org.badgemanager.bitrix;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The portal's leaky bucket as the client must model it when several requests are in flight. The portal counts
 * a request when it <em>arrives</em>; the client only knows that this happens after it sent the request and
 * before the answer is back. Counting it at sending lets the model drain a request the
 * portal has not even received yet: a request held up on the way (a busy network, a loaded machine) then arrives
 * in a bucket that was refilled meanwhile by the ones sent after it, and the portal refuses it
 * ({@code QUERY_LIMIT_EXCEEDED}).
 * <p>
 * So here a request joins the draining level only when its answer is back, and until then it stands in the
 * bucket undrained: a request goes out only while {@code level + in flight + 1 <= capacity}. Whatever the
 * delays, the portal's level is never above that sum (every request that arrived in a stretch of time was either
 * answered within it or is still in flight), so no arrival can overflow it. The steady rate is the same: an
 * answer moves one request from "in flight" to the level, and the sum drains at the bucket's rate.
 */
public final class LeakyBucket {
    private double perSecond;
    private double capacity;
    private final LongSupplier nanoClock;
    private double level;
    private int inFlight;
    private long lastNanos;

    public LeakyBucket(double perSecond, int capacity) {
        this(perSecond, capacity, System::nanoTime);
    }

    LeakyBucket(double perSecond, int capacity, LongSupplier nanoClock) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("rate and capacity must be positive");
        }
        this.perSecond = perSecond;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.lastNanos = nanoClock.getAsLong();
    }

    /** Blocks until one more request fits, then counts it as in flight. */
    public synchronized void acquire() throws InterruptedException {
        while (true) {
            drain();
            double over = level + inFlight + 1 - capacity;
            if (over <= 0) {
                inFlight++;
                return;
            }
            double drainable = Math.min(over, level);
            if (drainable < over) {
                // only answers can free the rest: wait for one (answered() wakes us), looking again now and then
                wait(1000);
            } else {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis((long) (drainable / perSecond * 1e9)) + 1));
            }
        }
    }

    /** The request's answer is back (or it ended without one): it joins the draining level. */
    public synchronized void answered() {
        drain();
        if (inFlight > 0) {
            inFlight--;
        }
        level += 1;
        notifyAll();
    }

    /**
     * How long a request would wait now, in nanoseconds (0: it fits), as far as the drain tells; when answers
     * of requests in flight must come first, at least a millisecond.
     */
    public synchronized long nanosUntilFree() {
        drain();
        double over = level + inFlight + 1 - capacity;
        if (over <= 0) {
            return 0;
        }
        return Math.max(1_000_000, (long) (Math.min(over, level) / perSecond * 1e9));
    }

    /** Drains slower from now on (after the portal refused a request); the level stays. */
    public synchronized void slowTo(double newPerSecond, int newCapacity) {
        if (newPerSecond <= 0 || newCapacity < 1) {
            throw new IllegalArgumentException("rate and capacity must be positive");
        }
        drain();
        perSecond = newPerSecond;
        capacity = newCapacity;
        level = Math.min(level, capacity);
    }

    /** The portal refused us although we counted: its bucket is fuller than ours (other apps share it). */
    public synchronized void markFull() {
        drain();
        level = Math.max(level, capacity - inFlight);
    }

    public synchronized double perSecond() {
        return perSecond;
    }

    public synchronized int capacity() {
        return (int) capacity;
    }

    /** The drained level plus the requests in flight: what the portal's level can be at most. */
    public synchronized double level() {
        drain();
        return level + inFlight;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    private void drain() {
        long now = nanoClock.getAsLong();
        level = Math.max(0, level - (now - lastNanos) / 1e9 * perSecond);
        lastNanos = now;
    }
}
