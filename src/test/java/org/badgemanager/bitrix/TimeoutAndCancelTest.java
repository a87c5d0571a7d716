package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request timeouts and cancelling work in flight, against a sandbox that answers slowly. */
class TimeoutAndCancelTest {
    private SandboxPortal portal;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private BitrixClient clientWithTimeout(Duration timeout) {
        return Portals.webhookClient(portal, Portals.fastOptions().withTimeouts(Duration.ofSeconds(2), timeout));
    }

    @Test
    void aSlowReadTimesOutIsRepeatedAndThenReportedAsNoAnswer() {
        portal.faults().latency(Duration.ofMillis(600));
        BitrixClient client = clientWithTimeout(Duration.ofMillis(200));
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> client.call("crm.activity.badge.list"));
        assertThat(e.code()).isEqualTo(BitrixException.NO_ANSWER);
        assertThat(portal.requests("crm.activity.badge.list")).hasSize(4); // first try + 3 retries
    }

    @Test
    void aSlowAddIsNeverRepeated() {
        portal.faults().latency(Duration.ofMillis(600));
        BadgeService service = new BadgeService(clientWithTimeout(Duration.ofMillis(200)), Duration.ofMillis(10));
        Badge badge = new Badge("slowAdd", LocalizedText.of("T"), LocalizedText.of("V"), BadgeType.PRIMARY);
        catchThrowableOfType(BitrixException.class, () -> service.add(badge));
        assertThat(portal.requests("crm.activity.badge.add")).hasSize(1);
    }

    @Test
    void interruptingTheWorkerCancelsTheCallPromptly() throws Exception {
        portal.faults().latency(Duration.ofSeconds(5));
        BitrixClient client = clientWithTimeout(Duration.ofSeconds(30));
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<BitrixException> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                client.call("crm.activity.badge.list");
                outcome.complete(null);
            } catch (BitrixException e) {
                outcome.complete(e);
            }
        });
        worker.set(t);
        t.start();
        while (portal.requests("crm.activity.badge.list").isEmpty()) {
            Thread.onSpinWait();
        }
        long started = System.nanoTime();
        t.interrupt();
        BitrixException e = outcome.get(3, TimeUnit.SECONDS);
        assertThat(e.code()).isEqualTo(BitrixException.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRefusedConnectionIsReportedAtOnceWithoutRetries() throws ExecutionException, InterruptedException {
        int port = portal.port();
        portal.close();
        BitrixClient client = new BitrixClient(WebhookConnection.parse("http://127.0.0.1:" + port + "/rest/1/abcd1234/"),
                Portals.fastOptions());
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> client.call("crm.activity.badge.list"));
        assertThat(e.code()).isEqualTo(BitrixException.CONNECTION_FAILED);
        assertThat(client.requestLog().entries()).hasSize(1);
        portal = SandboxPortal.start(SandboxConfig.defaults());
    }
}
