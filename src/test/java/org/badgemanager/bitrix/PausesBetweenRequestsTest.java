package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * The pauses the client promises, seen where they matter: between the requests that reach the portal. Only lower
 * bounds are checked (the client sleeps at least this long), never how fast anything is.
 */
class PausesBetweenRequestsTest {

    private static Duration gap(List<RecordedRequest> requests, int from) {
        return Duration.between(requests.get(from).receivedAt(), requests.get(from + 1).receivedAt());
    }

    @Test
    void aReadRefusedByAProxyIsRepeatedOnlyAfterTheBackoff() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            BitrixClient client = Portals.webhookClient(portal,
                    Portals.fastOptions().withRetries(3, Duration.ofMillis(400)));
            portal.faults().answerNext("crm.activity.badge.list", 503, "text/html", "<html>Service unavailable</html>");

            client.call("crm.activity.badge.list");

            List<RecordedRequest> requests = portal.requests("crm.activity.badge.list");
            assertThat(requests).hasSize(2);
            assertThat(gap(requests, 0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    @Test
    void aRefusalForTheRateLimitFillsOurBucketSoTheRepeatWaitsForItToDrain() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            // 2.5 requests a second: a full bucket frees one place in 400 ms; the backoff itself is 1 ms
            BitrixClient client = Portals.webhookClient(portal,
                    Portals.fastOptions().withRateLimit(2.5, 50).withRetries(3, Duration.ofMillis(1)));
            portal.faults().failNext("crm.activity.badge.list", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

            client.call("crm.activity.badge.list");

            List<RecordedRequest> requests = portal.requests("crm.activity.badge.list");
            assertThat(requests).hasSize(2);
            assertThat(gap(requests, 0)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        }
    }
}
