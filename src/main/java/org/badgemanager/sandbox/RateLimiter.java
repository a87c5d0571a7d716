package org.badgemanager.sandbox;

/**
 * The portal-wide leaky bucket of Bitrix24: every accepted REST call adds one unit, the bucket drains at a fixed
 * rate, and a call that would overflow the capacity is rejected (and does not fill the bucket).
 */
final class RateLimiter {

    private static final double NANOS_PER_SECOND = 1e9;

    private boolean enabled;
    private double drainPerSecond;
    private int capacity;
    private double level;
    private long lastDrainNanos = System.nanoTime();
    private long accepted;
    private long rejected;
    private double maxLevelSeen;

    RateLimiter(boolean enabled, double drainPerSecond, int capacity) {
        this.enabled = enabled;
        this.drainPerSecond = drainPerSecond;
        this.capacity = capacity;
    }

    synchronized boolean tryAcquire() {
        if (!enabled) {
            accepted++;
            return true;
        }
        drain();
        if (level + 1 > capacity) {
            rejected++;
            return false;
        }
        level += 1;
        accepted++;
        maxLevelSeen = Math.max(maxLevelSeen, level);
        return true;
    }

    /** Changes the rate and capacity, keeping the current fill level. */
    synchronized void configure(double perSecond, int burst) {
        validate(perSecond, burst);
        drain();
        enabled = true;
        drainPerSecond = perSecond;
        capacity = burst;
    }

    synchronized void disable() {
        enabled = false;
        level = 0;
    }

    synchronized RateLimitStats stats() {
        return new RateLimitStats(accepted, rejected, maxLevelSeen);
    }

    static void validate(double perSecond, int burst) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1: " + perSecond + "/" + burst);
        }
    }

    private void drain() {
        long now = System.nanoTime();
        level = Math.max(0, level - (now - lastDrainNanos) / NANOS_PER_SECOND * drainPerSecond);
        lastDrainNanos = now;
    }
}
