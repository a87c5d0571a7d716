package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * Each plan's pacing against a sandbox of the same plan. Both sides run at one time scale (×10: the standard
 * plan's bucket drains 20/s), so the documented limits are kept while the test takes seconds.
 */
class PlanPacingTest {
    private static final TimeScale FAST = new TimeScale(10);

    private static ClientOptions options(PortalPlan plan) {
        return Portals.fastOptions().withTimeScale(FAST).withPlan(PlanChoice.of(plan));
    }

    @Test
    void eachPlanTakesItsDocumentedLimits() {
        ClientOptions standard = ClientOptions.defaults().withTimeScale(TimeScale.REAL);
        assertThat(standard.pacedRate()).isEqualTo(2.0);
        assertThat(standard.burst()).isEqualTo(50);
        assertThat(standard.pacedOperatingLimit()).isEqualTo(Duration.ofSeconds(480));
        assertThat(standard.pacedOperatingWindow()).isEqualTo(Duration.ofMinutes(10));

        ClientOptions enterprise = ClientOptions.enterprise().withTimeScale(TimeScale.REAL);
        assertThat(enterprise.pacedRate()).isEqualTo(5.0);
        assertThat(enterprise.burst()).isEqualTo(250);
        assertThat(enterprise.maxInFlight()).isEqualTo(Integer.MAX_VALUE);

        ClientOptions box = ClientOptions.defaults().withPlan(new PlanChoice(PortalPlan.SELF_HOSTED, 3));
        assertThat(box.maxInFlight()).isEqualTo(3);
        assertThat(box.pacedOperatingLimit()).as("off by default on a self-hosted portal").isNull();

        assertThat(options(PortalPlan.STANDARD).pacedRate()).as("×10").isEqualTo(20.0);
        assertThat(options(PortalPlan.STANDARD).pacedOperatingWindow()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void enterpriseUsesItsBurstOf250WithoutARefusal() {
        // at real scale (5/s): however slow the machine, 240 calls in a row fill the bucket far above 50
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().timeScale(TimeScale.REAL)
                .plan(PortalPlan.ENTERPRISE))) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withTimeScale(TimeScale.REAL)
                    .withPlan(PlanChoice.of(PortalPlan.ENTERPRISE)));
            BadgeService badges = new BadgeService(client);
            for (int i = 0; i < 240; i++) {
                assertThat(badges.get("missedCall").code()).isEqualTo("missedCall");
            }
            assertThat(portal.rateLimitStats().rejected()).isZero();
            assertThat(portal.rateLimitStats().maxLevelSeen()).as("more than the standard plan's 50 at once")
                    .isGreaterThan(60);
        }
    }

    @Test
    void standardKeepsBelowItsBucketOf50() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().timeScale(FAST)
                .plan(PortalPlan.STANDARD))) {
            BadgeService badges = new BadgeService(Portals.webhookClient(portal, options(PortalPlan.STANDARD)));
            for (int i = 0; i < 120; i++) {
                badges.get("missedCall");
            }
            assertThat(portal.rateLimitStats().rejected()).isZero();
            assertThat(portal.rateLimitStats().maxLevelSeen()).isLessThanOrEqualTo(50.0);
        }
    }

    @Test
    void selfHostedKeepsAtMostItsRequestsInFlight() throws Exception {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.SELF_HOSTED))) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions()
                    .withPlan(new PlanChoice(PortalPlan.SELF_HOSTED, 2)));
            List<CallHold> holds = List.of(portal.faults().holdNext("profile", false, Duration.ofSeconds(20)),
                    portal.faults().holdNext("profile", false, Duration.ofSeconds(20)),
                    portal.faults().holdNext("profile", false, Duration.ofSeconds(20)));
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                List<Future<BitrixResponse>> calls = List.of(threads.submit(() -> client.call("profile")),
                        threads.submit(() -> client.call("profile")), threads.submit(() -> client.call("profile")));
                assertThat(holds.get(0).awaitArrival(Duration.ofSeconds(10))).isTrue();
                assertThat(holds.get(1).awaitArrival(Duration.ofSeconds(10))).isTrue();
                assertThat(holds.get(2).awaitArrival(Duration.ofMillis(700)))
                        .as("a third request waits while two are in flight").isFalse();

                holds.get(0).release();

                assertThat(holds.get(2).awaitArrival(Duration.ofSeconds(10))).isTrue();
                holds.get(1).release();
                holds.get(2).release();
                for (Future<BitrixResponse> call : calls) {
                    assertThat(call.get().result().path("ID").asText()).isEqualTo("1");
                }
            } finally {
                holds.forEach(CallHold::release);
                threads.shutdownNow();
            }
        }
    }

    @Test
    void selfHostedPausesAfterAServerError() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.SELF_HOSTED))) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions()
                    .withRetries(3, Duration.ofSeconds(1)).withPlan(PlanChoice.of(PortalPlan.SELF_HOSTED)));
            List<PacingListener.Wait> waits = new CopyOnWriteArrayList<>();
            client.pacing().listen(new PacingListener() {
                @Override
                public void waiting(Wait wait) {
                    waits.add(wait);
                }
            });
            portal.faults().failNext("profile", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> client.call("profile"),
                    BitrixException.class).code()).isEqualTo("INTERNAL_SERVER_ERROR");
            assertThat(client.call("profile").result().path("ID").asText()).isEqualTo("1");

            List<RecordedRequest> sent = portal.requests("profile");
            assertThat(sent).extracting(RecordedRequest::status).containsExactly(500, 200);
            // the pause runs from the error's answer: a caller slower than it does not wait, a quick one is told
            assertThat(Duration.between(sent.get(0).receivedAt(), sent.get(1).receivedAt()))
                    .as("paused at least the back-off").isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(waits).allSatisfy(w -> assertThat(w.reason()).isEqualTo(PacingListener.WaitReason.SERVER_BUSY));
        }
    }
}
