package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.PacingListener;
import org.badgemanager.sandbox.OperatingCosts;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulk delete against a portal whose operating budget is small and whose window is short (3 s of server time in
 * 3 s; each delete costs 0.012 s, a batch of 50 0.6 s): the client waits for the budget, says why, and the portal
 * never blocks the method. Without the client's pacing the same run gets the method blocked, and stops at once.
 */
class OperatingBudgetRunTest {
    private static final OperatingCosts COSTS = OperatingCosts.FREE.withPerCall(0.002).withPerDeletedActivity(0.01);

    @ParameterizedTest(name = "operating per command in batch answers: {0}")
    @ValueSource(booleans = {true, false})
    void theClientWaitsForTheBudgetAndIsNeverBlocked(boolean perCommandOperating) {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit()
                .costs(COSTS).perCommandOperating(perCommandOperating)
                .operatingLimit(Duration.ofSeconds(3), Duration.ofSeconds(3)))) {
            // 5 batches, 3 s of server time: more than the 2.7 s a window allows, so the client must wait once
            List<Long> ids = portal.addActivities(250, 2, 1);
            BitrixClient client = Portals.webhookClient(portal, budget(Duration.ofSeconds(3), Duration.ofSeconds(3)));
            List<PacingListener.Wait> waits = new CopyOnWriteArrayList<>();
            client.pacing().listen(new PacingListener() {
                @Override
                public void waiting(Wait wait) {
                    waits.add(wait);
                }
            });

            BulkDeleteReport report = new ActivityService(client).deleteMany(ids, () -> false, p -> { });

            assertThat(report.count(DeleteOutcome.Status.DELETED)).isEqualTo(250);
            assertThat(report.stoppedBy()).isNull();
            assertThat(portal.operatingStats().refused()).as("never blocked by its own work").isZero();
            assertThat(portal.operatingStats().highestUsed().get("crm.activity.delete")).isLessThanOrEqualTo(3.0);
            assertThat(waits).as("the wait was told with its reason and method").isNotEmpty()
                    .allSatisfy(w -> {
                        assertThat(w.reason()).isEqualTo(PacingListener.WaitReason.OPERATING_BUDGET);
                        assertThat(w.method()).isEqualTo("crm.activity.delete");
                        assertThat(w.left()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
                    });
            assertThat(portal.activityCount()).isZero();
        }
    }

    @Test
    void withoutPacingTheMethodIsBlockedAndTheRunStopsAtOnce() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit()
                .costs(COSTS).operatingLimit(Duration.ofMillis(2900), Duration.ofSeconds(60)))) {
            List<Long> ids = portal.addActivities(400, 2, 1);
            BitrixClient client = Portals.webhookClient(portal, budget(null, Duration.ofSeconds(60)));

            BulkDeleteReport report = new ActivityService(client).deleteMany(ids, () -> false, p -> { });

            assertThat(portal.operatingStats().refused()).isPositive();
            assertThat(report.stoppedBy()).isNotNull();
            assertThat(report.stoppedBy().code()).isEqualTo("OPERATION_TIME_LIMIT");
            // 0.6 s a batch: the fifth passes 2.9 s part way, its later commands are refused, and no sixth is sent
            assertThat(portal.requests("batch")).hasSize(5);
            assertThat(report.count(DeleteOutcome.Status.NOT_ATTEMPTED)).isEqualTo(150);
        }
    }

    @Test
    void theTimeLeftCountsTheBudget() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit()
                .costs(COSTS).operatingLimit(Duration.ofSeconds(3), Duration.ofSeconds(3)))) {
            List<Long> ids = portal.addActivities(50, 2, 1);
            BitrixClient client = Portals.webhookClient(portal, budget(Duration.ofSeconds(3), Duration.ofSeconds(3)));
            new ActivityService(client).deleteMany(ids, () -> false, p -> { });

            // 0.6 s a batch, 1.8 s usable per 3 s window: 30 more batches are about 18 s of budget, not 0
            Duration left = RunEstimate.left(client.pacing(), "DELETE", 1500);
            assertThat(left).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(40));
            assertThat(RunEstimate.left(client.pacing(), "DELETE", 50)).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static ClientOptions budget(Duration limit, Duration window) {
        return Portals.fastOptions().withOperatingBudget(limit, window, ClientOptions.DEFAULT_OPERATING_MARGIN);
    }
}
