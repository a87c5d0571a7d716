package org.badgemanager.bitrix;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A self-hosted portal has no request bucket ("the load is configured on the server side"): the client keeps at
 * most the profile's number of requests in flight, and after a server error (HTTP 5xx other than the portal's own
 * {@code OVERLOAD_LIMIT}, which stops the work) it pauses every request, longer after each error in a row
 * (base back-off doubling up to 30 s), until an answer comes back fine.
 */
final class InFlightGate implements RequestGate {
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final Semaphore slots;
    private final int inFlight;
    private final Pacing pacing;
    private final Duration firstPause;
    private final Duration longestPause;
    private long pauseUntilNanos;
    private long nextPauseNanos;

    InFlightGate(ClientOptions options, Pacing pacing) {
        this.inFlight = options.maxInFlight();
        this.slots = new Semaphore(inFlight, true);
        this.pacing = pacing;
        this.firstPause = options.timeScale().duration(options.baseBackoff());
        this.longestPause = options.timeScale().duration(LONGEST_PAUSE);
        this.nextPauseNanos = firstPause.toNanos();
    }

    @Override
    public void enter(String method) throws InterruptedException {
        long pause;
        synchronized (this) {
            pause = pauseUntilNanos - System.nanoTime();
        }
        if (pause > 0) {
            pacing.waiting(new PacingListener.Wait(PacingListener.WaitReason.SERVER_BUSY, method,
                    Duration.ofNanos(pause)));
            TimeUnit.NANOSECONDS.sleep(pause);
            pacing.resumed();
        }
        slots.acquire();
    }

    @Override
    public void leave(int status, String code) {
        slots.release();
        synchronized (this) {
            if (status >= 500 && !"OVERLOAD_LIMIT".equalsIgnoreCase(code)) {
                pauseUntilNanos = System.nanoTime() + nextPauseNanos;
                nextPauseNanos = Math.min(longestPause.toNanos(), nextPauseNanos * 2);
            } else if (status > 0 && status < 500) {
                nextPauseNanos = firstPause.toNanos();
            }
        }
    }

    @Override
    public Duration timeFor(int requests) {
        return Duration.ZERO;
    }

    int inFlight() {
        return inFlight;
    }
}
