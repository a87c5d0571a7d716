package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A blocked {@code acquire()} sleeps once for as long as the bucket needs to drain, instead of polling; and
 * {@code markFull()} counts from the moment it is called.
 */
class LeakyBucketSleepsOnceTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBlockedAcquireSleepsOnceForTheWholeDrainTime() throws InterruptedException {
        AtomicInteger clockReads = new AtomicInteger();
        // real time, so that the sleep really drains; 10 a second, room for 2: the third waits 100 ms
        LeakyBucket bucket = new LeakyBucket(10, 2, () -> {
            clockReads.incrementAndGet();
            return System.nanoTime();
        });
        bucket.acquire();
        bucket.answered();
        bucket.acquire();
        bucket.answered();
        int readsBefore = clockReads.get();

        bucket.acquire();

        // one look before the sleep, one after it; a third at most when the sleep ended a rounding error early.
        // A bucket that polled in 1 ms steps would look about 100 times.
        assertThat(clockReads.get() - readsBefore).isBetween(2, 3);
    }

    @Test
    void markFullCountsFromNowNotFromTheLastRequest() {
        AtomicLong clock = new AtomicLong(0);
        LeakyBucket bucket = new LeakyBucket(1, 5, clock::get);
        clock.set(10 * SECOND);

        bucket.markFull();

        assertThat(bucket.level()).isCloseTo(5.0, within(1e-9));
        clock.addAndGet(2 * SECOND);
        assertThat(bucket.level()).isCloseTo(3.0, within(1e-9));
    }
}
