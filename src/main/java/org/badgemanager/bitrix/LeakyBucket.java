package org.badgemanager.bitrix;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The portal's own rate-limit model, run on our side so we wait instead of being refused: every request adds
 * one to a level that drains at {@code perSecond}; a request that would lift the level over {@code capacity}
 * waits until enough has drained. Shared by every call to one portal.
 */
public final class LeakyBucket {
    private double perSecond;
    private double capacity;
    private final LongSupplier nanoClock;
    private double level;
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

    /** Blocks until one more request fits, then counts it. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                drain();
                if (level + 1 <= capacity) {
                    level += 1;
                    return;
                }
                waitNanos = (long) ((level + 1 - capacity) / perSecond * 1e9);
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(waitNanos, 1_000_000));
        }
    }

    /** How long a request would wait now, in nanoseconds (0: it fits). */
    public synchronized long nanosUntilFree() {
        drain();
        return level + 1 <= capacity ? 0 : (long) ((level + 1 - capacity) / perSecond * 1e9);
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

    public synchronized double perSecond() {
        return perSecond;
    }

    public synchronized int capacity() {
        return (int) capacity;
    }

    /** The portal refused us although we counted: its bucket is fuller than ours (other apps share it). */
    public synchronized void markFull() {
        drain();
        level = capacity;
    }

    public synchronized double level() {
        drain();
        return level;
    }

    private void drain() {
        long now = nanoClock.getAsLong();
        level = Math.max(0, level - (now - lastNanos) / 1e9 * perSecond);
        lastNanos = now;
    }
}
