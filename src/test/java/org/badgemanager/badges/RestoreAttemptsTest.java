package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Putting the old badge back after a failed add: three tries with a pause between, and no pause when cancelled. */
class RestoreAttemptsTest {
    private static final String ADD = "crm.activity.badge.add";
    private SandboxPortal portal;
    private final Badge old = new Badge("keepMe", LocalizedText.of("Old"), LocalizedText.of("OLD"), BadgeType.PRIMARY);
    private final Badge updated = new Badge("keepMe", LocalizedText.of("New"), LocalizedText.of("NEW"),
            BadgeType.FAILURE);

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        new BadgeService(Portals.webhookClient(portal)).add(old);
        portal.clearRequests();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private void failAdds(int times) {
        for (int i = 0; i < times; i++) {
            portal.faults().failNext(ADD, 500, "INTERNAL_SERVER_ERROR", "Internal error");
        }
    }

    @Test
    void theThirdTryStillPutsTheOldBadgeBack() {
        failAdds(3); // the new version, then the first two restores

        ReplaceResult result = new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(10))
                .replace(old, updated);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(portal.badge("keepMe")).isPresent();
        assertThat(portal.requests(ADD)).hasSize(4);
    }

    @Test
    void afterThreeFailedTriesTheOldBadgeIsHandedBack() {
        failAdds(4);

        ReplaceResult result = new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(10))
                .replace(old, updated);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.RESTORE_FAILED);
        assertThat(result.current()).isEqualTo(old);
        assertThat(result.restoreFailure().code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(portal.requests(ADD)).as("the new version and three restores").hasSize(4);
        assertThat(portal.badge("keepMe")).isEmpty();
    }

    @Test
    void triesArePausedApart() {
        failAdds(2);

        new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(300)).replace(old, updated);

        List<RecordedRequest> adds = portal.requests(ADD);
        assertThat(adds).hasSize(3);
        assertThat(Duration.between(adds.get(1).receivedAt(), adds.get(2).receivedAt()))
                .as("at least the pause (a lower bound, never a speed)").isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anInterruptDuringTheRestoreNeverSkipsItAndIsGivenBackAfterIt() throws Exception {
        failAdds(2);
        BadgeService service = new BadgeService(Portals.webhookClient(portal), Duration.ofSeconds(30));
        CompletableFuture<Object[]> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            ReplaceResult result = service.replace(old, updated);
            outcome.complete(new Object[] {result, Thread.currentThread().isInterrupted()});
        }, "restore-worker");
        worker.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(portal.requests(ADD).size() == 2 && worker.getState() == Thread.State.TIMED_WAITING)) {
                assertThat(System.nanoTime()).as("the worker reached the pause").isLessThan(deadline);
                Thread.sleep(5);
            }
            worker.interrupt();

            // quitting or Cancel interrupts the worker: the old badge must still go back, at once
            Object[] done = outcome.get(5, TimeUnit.SECONDS);
            assertThat(((ReplaceResult) done[0]).outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
            assertThat(((ReplaceResult) done[0]).current()).isEqualTo(old);
            assertThat((Boolean) done[1]).as("interrupt flag given back once the restore ran").isTrue();
            assertThat(portal.requests(ADD)).hasSize(3);
            assertThat(portal.badge(old.code())).isPresent();
        } finally {
            worker.interrupt();
            worker.join(5000);
        }
    }

    @Test
    void aTextMapSurvivesTheRoundTrip() {
        Badge multi = new Badge("multi", LocalizedText.of(Map.of("en", "Hi", "ru", "Привет")), LocalizedText.of("v"),
                BadgeType.SECONDARY);
        BadgeService service = new BadgeService(Portals.webhookClient(portal));
        assertThat(service.add(multi)).isEqualTo(multi);
        assertThat(service.get("multi")).isEqualTo(multi);
    }
}
