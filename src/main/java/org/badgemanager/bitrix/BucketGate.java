package org.badgemanager.bitrix;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A cloud portal's leaky bucket, run on our side. When the portal still refuses a request for its rate
 * ({@code QUERY_LIMIT_EXCEEDED}), someone else shares the bucket or the plan is lower than the profile says: the
 * client steps down (on an Enterprise profile first to the standard plan's 2/s and 50; then to half the rate and
 * half the burst each time, never below a request every 4 s) and says so once. It never climbs back on its own: reconnecting starts at the plan again, and
 * nothing ever goes above the plan's documented rate.
 */
final class BucketGate implements RequestGate {
    /** The slowest the client steps down to: a request every 4 s (at real time). */
    static final double SLOWEST_PER_SECOND = 0.25;

    private final LeakyBucket bucket;
    private final Pacing pacing;
    private final double slowest;
    private final double standardRate;
    private final int standardBurst;
    private final boolean enterprise;

    BucketGate(ClientOptions options, Pacing pacing) {
        // Requests in flight count undrained until answered (LeakyBucket), so delays on the way cannot tip the
        // portal's bucket over; one request of headroom besides, for the portal's clock and rounding.
        this.bucket = new LeakyBucket(options.pacedRate(), Math.max(1, options.burst() - 1));
        this.pacing = pacing;
        this.slowest = options.timeScale().rate(SLOWEST_PER_SECOND);
        this.standardRate = options.timeScale().rate(org.badgemanager.limits.PortalPlan.STANDARD.requestsPerSecond());
        this.standardBurst = org.badgemanager.limits.PortalPlan.STANDARD.burst() - 1;
        this.enterprise = options.plan().plan() == org.badgemanager.limits.PortalPlan.ENTERPRISE;
    }

    @Override
    public void enter(String method) throws InterruptedException {
        long wait = bucket.nanosUntilFree();
        boolean said = wait >= Pacing.WORTH_SAYING.toNanos();
        if (said) {
            pacing.waiting(new PacingListener.Wait(PacingListener.WaitReason.REQUEST_RATE, method,
                    Duration.ofNanos(wait)));
        }
        bucket.acquire();
        if (said) {
            pacing.resumed();
        }
    }

    @Override
    public void leave(int status, String code) {
        // counted whatever the outcome: a request that got no answer may still have arrived
        bucket.answered();
        if ("QUERY_LIMIT_EXCEEDED".equalsIgnoreCase(code)) {
            bucket.markFull();
            stepDown();
        }
    }

    private void stepDown() {
        double from;
        double to;
        synchronized (this) {
            from = bucket.perSecond();
            int capacity = bucket.capacity();
            if (enterprise && (from > standardRate || capacity > standardBurst)) {
                to = Math.min(from, standardRate);
                capacity = Math.min(capacity, standardBurst);
            } else {
                to = Math.max(slowest, from / 2);
                capacity = Math.max(1, capacity / 2);
            }
            bucket.slowTo(to, capacity);
        }
        if (to < from) {
            pacing.steppedDown(from, to);
        }
    }

    @Override
    public Duration timeFor(int requests) {
        double free = Math.max(0, bucket.capacity() - bucket.level());
        double queued = Math.max(0, requests - free);
        return Duration.ofNanos((long) (queued / bucket.perSecond() * TimeUnit.SECONDS.toNanos(1)));
    }

    double perSecond() {
        return bucket.perSecond();
    }
}
