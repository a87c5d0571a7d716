package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interrupting a call while it waits on our side (for room in the rate bucket, or before a repeat) ends it as
 * CANCELLED, sends nothing more, and leaves the thread's interrupt flag set so the worker above sees it too.
 */
class CancelWhileWaitingTest {
    private SandboxPortal portal;
    private Thread worker;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (worker != null) {
            worker.interrupt();
            worker.join(5000);
        }
        portal.close();
    }

    /** Runs the call in a worker thread; completes with the failure and whether the flag was still set. */
    private CompletableFuture<Object[]> callInWorker(BitrixClient client, String method) {
        CompletableFuture<Object[]> outcome = new CompletableFuture<>();
        worker = new Thread(() -> {
            try {
                client.call(method);
                outcome.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
            } catch (BitrixException e) {
                outcome.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
            }
        }, "cancel-while-waiting");
        worker.start();
        return outcome;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void cancelledWhileWaitingForRoomInTheBucket() throws Exception {
        // burst 2 = one request of room; the second call must wait 10 s for the bucket to drain
        BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withRateLimit(0.1, 2));
        client.call("crm.activity.badge.list");
        CompletableFuture<Object[]> outcome = callInWorker(client, "crm.activity.badge.list");
        waitFor(() -> worker.getState() == Thread.State.TIMED_WAITING);

        worker.interrupt();
        Object[] result = outcome.get(5, TimeUnit.SECONDS);

        assertThat(((BitrixException) result[0]).code()).isEqualTo(BitrixException.CANCELLED);
        assertThat((Boolean) result[1]).as("interrupt flag kept").isTrue();
        assertThat(portal.requests("crm.activity.badge.list")).hasSize(1);
    }

    @Test
    void cancelledWhileWaitingToRepeatARead() throws Exception {
        BitrixClient client = Portals.webhookClient(portal,
                Portals.fastOptions().withRetries(3, Duration.ofSeconds(20)));
        portal.faults().answerNext("crm.activity.badge.list", 503, "text/html", "<html>Service unavailable</html>");
        CompletableFuture<Object[]> outcome = callInWorker(client, "crm.activity.badge.list");
        // the failed attempt is logged before the pause: from then on the worker sleeps before the repeat
        waitFor(() -> client.requestLog().entries().size() == 1 && worker.getState() == Thread.State.TIMED_WAITING);

        worker.interrupt();
        Object[] result = outcome.get(5, TimeUnit.SECONDS);

        assertThat(((BitrixException) result[0]).code()).isEqualTo(BitrixException.CANCELLED);
        assertThat((Boolean) result[1]).as("interrupt flag kept").isTrue();
        assertThat(portal.requests("crm.activity.badge.list")).hasSize(1);
    }

    @Test
    void aThreadAlreadyInterruptedSendsNothing() throws Exception {
        BitrixClient client = Portals.webhookClient(portal);
        CompletableFuture<Object[]> outcome = new CompletableFuture<>();
        worker = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                client.call("crm.activity.badge.list");
                outcome.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
            } catch (BitrixException e) {
                outcome.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
            }
        });
        worker.start();
        Object[] result = outcome.get(5, TimeUnit.SECONDS);

        assertThat(((BitrixException) result[0]).code()).isEqualTo(BitrixException.CANCELLED);
        assertThat(((BitrixException) result[0]).method()).isEqualTo("crm.activity.badge.list");
        assertThat((Boolean) result[1]).isTrue();
        assertThat(portal.requests()).isEmpty();
    }
}
