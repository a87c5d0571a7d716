package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * A profile that says Enterprise on a portal of the standard plan: the portal refuses with 503
 * QUERY_LIMIT_EXCEEDED, the client steps down to the standard plan's pace, says so once, and never climbs back.
 * Both sides at ×10 (standard: 20/s, burst 50; Enterprise: 50/s, burst 250).
 */
class StepDownOn503Test {
    private static final TimeScale FAST = new TimeScale(10);

    @Test
    void theClientStepsDownOnceAndTheRefusalsStop() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().timeScale(FAST)
                .plan(PortalPlan.STANDARD))) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withTimeScale(FAST)
                    .withRetries(6, java.time.Duration.ofMillis(100)).withPlan(PlanChoice.of(PortalPlan.ENTERPRISE)));
            List<double[]> steps = new CopyOnWriteArrayList<>();
            client.pacing().listen(new PacingListener() {
                @Override
                public void steppedDown(double from, double to) {
                    steps.add(new double[] {from, to});
                }
            });
            BadgeService badges = new BadgeService(client);
            for (int i = 0; i < 150; i++) {
                assertThat(badges.get("missedCall").code()).isEqualTo("missedCall");
            }

            long refused = portal.requests().stream()
                    .filter(r -> "QUERY_LIMIT_EXCEEDED".equals(r.errorCode())).count();
            assertThat(refused).as("the portal refused the Enterprise pace").isPositive();
            assertThat(refused).as("and stopped refusing once the client stepped down").isLessThanOrEqualTo(3);
            assertThat(steps).as("said once").hasSize(1);
            assertThat(steps.get(0)[0]).isEqualTo(50.0);
            assertThat(steps.get(0)[1]).as("the standard plan's rate at ×10").isEqualTo(20.0);
            assertThat(client.pacing().requestsPerSecond()).as("never climbs back on its own").isEqualTo(20.0);
        }
    }

    @Test
    void onTheStandardPlanARefusalHalvesTheRate() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().timeScale(FAST)
                .plan(PortalPlan.STANDARD))) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withTimeScale(FAST)
                    .withRetries(6, java.time.Duration.ofMillis(100)).withPlan(PlanChoice.of(PortalPlan.STANDARD)));
            assertThat(client.pacing().requestsPerSecond()).isEqualTo(20.0);
            // another app shares the bucket: the portal refuses although the client kept to the plan
            portal.faults().failNext("crm.activity.badge.get", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
            new BadgeService(client).get("missedCall");

            assertThat(client.pacing().requestsPerSecond()).isEqualTo(10.0);
            assertThat(portal.requests("crm.activity.badge.get")).extracting(r -> r.status()).containsExactly(503, 200);
        }
    }
}
