package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * The client paces itself by the portal's leaky bucket. The rates are scaled up (25/s, burst 20 on both
 * sides) so the test takes seconds; the mechanism is the same as the real 2/s, burst 50.
 */
class RateLimitContractTest {

    @Test
    void aBurstOf120ReadsAllSucceedAndThePortalNeverOverflows() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().rateLimit(25, 20))) {
            BadgeService service = new BadgeService(Portals.webhookClient(portal,
                    Portals.fastOptions().withRateLimit(25, 20)));
            for (int i = 0; i < 120; i++) {
                assertThat(service.get("missedCall").code()).isEqualTo("missedCall");
            }
            assertThat(portal.rateLimitStats().rejected()).isZero();
            assertThat(portal.rateLimitStats().accepted()).isEqualTo(120);
            assertThat(portal.rateLimitStats().maxLevelSeen()).isLessThanOrEqualTo(20.0);
        }
    }

    @Test
    void whenAnotherAppFillsTheBucketTheClientBacksOffAndStillSucceeds() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().rateLimit(25, 20))) {
            // our side believes it has a burst of 100: the portal refuses, the client waits and repeats reads
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions()
                    .withRateLimit(25, 100).withRetries(6, Duration.ofMillis(300)));
            BadgeService service = new BadgeService(client);
            for (int i = 0; i < 60; i++) {
                assertThat(service.get("missedCall").code()).isEqualTo("missedCall");
            }
            assertThat(portal.rateLimitStats().rejected()).isPositive();
            assertThat(client.requestLog().entries()).anyMatch(e -> "QUERY_LIMIT_EXCEEDED".equals(e.code()));
        }
    }
}
