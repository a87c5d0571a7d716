package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the bucket on a fake nano clock. A blocked {@code acquire()} runs in its own thread; every wait on it is
 * bounded, and "still blocked" is only ever asserted while the fake clock stands still, so a correct bucket
 * cannot make these tests flaky.
 */
class LeakyBucketTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(5 * SECOND);
    private Thread waiter;

    @AfterEach
    void stopWaiter() throws InterruptedException {
        if (waiter != null && waiter.isAlive()) {
            waiter.interrupt();
            waiter.join(2000);
        }
    }

    private LeakyBucket bucket(double perSecond, int capacity) {
        return new LeakyBucket(perSecond, capacity, clock::get);
    }

    /** {@code times} requests sent and answered at once. */
    private static void fill(LeakyBucket bucket, int times) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < times; i++) {
                bucket.acquire();
                bucket.answered();
            }
        }, "acquires within capacity must not wait");
    }

    /** Starts {@code acquire()} in a thread; the latch opens when it returned. */
    private CountDownLatch acquireInBackground(LeakyBucket bucket, AtomicReference<Throwable> failure) {
        CountDownLatch done = new CountDownLatch(1);
        waiter = new Thread(() -> {
            try {
                bucket.acquire();
                done.countDown();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "leaky-bucket-test-waiter");
        waiter.setDaemon(true);
        waiter.start();
        return done;
    }

    @Test
    void fiftyAcquiresGoThroughAtOnceAndFillTheBucket() {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 50);
        assertThat(bucket.level()).isEqualTo(50.0);
    }

    @Test
    void theFiftyFirstWaitsUntilTheClockHasDrainedOneRequest() throws Exception {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 50);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        CountDownLatch done = acquireInBackground(bucket, failure);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).as("51st acquire returned with a full bucket").isFalse();

        clock.addAndGet(400_000_000L); // 0.4 s drains 0.8 of a request: still not enough
        assertThat(done.await(700, TimeUnit.MILLISECONDS)).as("returned after draining only 0.8").isFalse();

        clock.addAndGet(200_000_000L); // 0.6 s in all drains 1.2
        assertThat(done.await(5, TimeUnit.SECONDS)).as("51st acquire returned after the drain").isTrue();
        assertThat(failure.get()).isNull();
        assertThat(bucket.level()).isCloseTo(49.8, within(1e-9));
    }

    @Test
    void levelDrainsAtTheGivenRate() {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 50);

        clock.addAndGet(10 * SECOND);
        assertThat(bucket.level()).isCloseTo(30.0, within(1e-9));

        clock.addAndGet(SECOND / 2);
        assertThat(bucket.level()).isCloseTo(29.0, within(1e-9));

        clock.addAndGet(1000 * SECOND);
        assertThat(bucket.level()).isEqualTo(0.0);
    }

    @Test
    void enterpriseRateDrainsFaster() {
        LeakyBucket bucket = bucket(5.0, 250);
        fill(bucket, 250);
        assertThat(bucket.level()).isEqualTo(250.0);
        clock.addAndGet(10 * SECOND);
        assertThat(bucket.level()).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void clockStandingStillDrainsNothing() {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 7);
        assertThat(bucket.level()).isEqualTo(7.0);
        assertThat(bucket.level()).isEqualTo(7.0);
    }

    @Test
    void drainedRoomCanBeUsedAgainWithoutWaiting() {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 50);
        clock.addAndGet(5 * SECOND); // room for 10
        fill(bucket, 10);
        assertThat(bucket.level()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void markFullMakesTheNextAcquireWait() throws Exception {
        LeakyBucket bucket = bucket(2.0, 50);
        fill(bucket, 3);
        bucket.markFull();
        assertThat(bucket.level()).isEqualTo(50.0);

        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = acquireInBackground(bucket, failure);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).as("acquire after markFull returned at once").isFalse();

        clock.addAndGet(SECOND);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isNull();
    }

    @Test
    void markFullThenDrain() {
        LeakyBucket bucket = bucket(2.0, 50);
        bucket.markFull();
        clock.addAndGet(3 * SECOND);
        assertThat(bucket.level()).isCloseTo(44.0, within(1e-9));
    }

    @Test
    void blockedAcquireCanBeInterrupted() throws Exception {
        LeakyBucket bucket = bucket(2.0, 1);
        fill(bucket, 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = acquireInBackground(bucket, failure);
        assertThat(done.await(200, TimeUnit.MILLISECONDS)).isFalse();

        waiter.interrupt();
        waiter.join(5000);

        assertThat(waiter.isAlive()).isFalse();
        assertThat(done.getCount()).isEqualTo(1);
        assertThat(failure.get()).isInstanceOf(InterruptedException.class);
        assertThat(bucket.level()).isEqualTo(1.0);
    }

    @Test
    void aRequestInFlightHoldsItsRoomWithoutDrainingUntilItsAnswer() throws Exception {
        LeakyBucket bucket = bucket(2.0, 3);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            bucket.acquire();
            bucket.acquire();
            bucket.acquire();
        });
        clock.addAndGet(100 * SECOND); // the portal may not have received them yet: nothing drains
        assertThat(bucket.level()).isEqualTo(3.0);
        assertThat(bucket.nanosUntilFree()).isPositive();

        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = acquireInBackground(bucket, failure);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).as("a fourth went out with three in flight").isFalse();

        bucket.answered(); // arrived at the latest now: it joins the level, which drains from here
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).as("the answer alone frees no room").isFalse();
        clock.addAndGet(SECOND / 2);
        assertThat(done.await(5, TimeUnit.SECONDS)).as("half a second drained the answered one").isTrue();
        assertThat(failure.get()).isNull();
        assertThat(bucket.inFlight()).isEqualTo(3);
    }

    @Test
    void markFullLeavesRoomOnlyForWhatIsAlreadyInFlight() {
        LeakyBucket bucket = bucket(2.0, 10);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            bucket.acquire();
            bucket.acquire();
        });
        bucket.markFull();
        assertThat(bucket.level()).isEqualTo(10.0);
        bucket.answered();
        bucket.answered();
        assertThat(bucket.level()).as("the answers do not push it over").isEqualTo(10.0);
    }

    @Test
    void rateAndCapacityMustBePositive() {
        assertThatThrownBy(() -> bucket(0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bucket(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bucket(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
