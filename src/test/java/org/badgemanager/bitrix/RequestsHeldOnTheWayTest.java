package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * Several requests in flight against a portal's bucket, some of them held up on the way (the sandbox holds them
 * before its rate limit sees them, as a slow network or a loaded server would): they arrive late, after requests
 * sent behind them, and the portal still refuses none. A client that counted them at sending would have drained
 * them meanwhile and filled the bucket with the later ones, so the late arrivals would overflow it
 * ({@code QUERY_LIMIT_EXCEEDED}). Checked on the wire: the sandbox's own count of refusals.
 */
class RequestsHeldOnTheWayTest {
    private static final Duration HOLD_LIMIT = Duration.ofSeconds(30);

    @Test
    void lateArrivalsNeverOverflowThePortalsBucket() throws Exception {
        // a bucket of 5 draining 4 a second on both sides (the client keeps one request of headroom: 4)
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().rateLimit(4, 5).noOperatingLimit())) {
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withRateLimit(4, 5)
                    .withRetries(0, Duration.ofMillis(20)).withTimeouts(Duration.ofSeconds(2), HOLD_LIMIT));
            List<CallHold> holds = List.of(hold(portal), hold(portal), hold(portal));
            ExecutorService threads = Executors.newFixedThreadPool(7);
            try {
                List<Future<BitrixResponse>> calls = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    calls.add(threads.submit(() -> client.call("profile")));
                }
                for (CallHold h : holds) {
                    assertThat(h.awaitArrival(Duration.ofSeconds(10))).as("held on the way").isTrue();
                }
                assertThat(portal.rateLimitStats().accepted()).as("the portal has counted none of them").isZero();
                // long enough for a bucket counting at sending to drain all three
                Thread.sleep(1000);

                for (int i = 0; i < 4; i++) {
                    calls.add(threads.submit(() -> client.call("profile")));
                }
                for (Future<BitrixResponse> later : calls.subList(3, 7)) {
                    assertThat(later.get(20, TimeUnit.SECONDS).result().path("ID").asText()).isEqualTo("1");
                }
                holds.forEach(CallHold::release); // the three held ones arrive now, right after the four
                for (Future<BitrixResponse> held : calls.subList(0, 3)) {
                    assertThat(held.get(20, TimeUnit.SECONDS).result().path("ID").asText()).isEqualTo("1");
                }
            } finally {
                holds.forEach(CallHold::release);
                threads.shutdownNow();
            }
            assertThat(portal.requests("profile")).extracting(RecordedRequest::status).hasSize(7)
                    .containsOnly(200);
            assertThat(portal.rateLimitStats().rejected()).as("refused for its rate").isZero();
            assertThat(portal.rateLimitStats().maxLevelSeen()).isLessThanOrEqualTo(5.0);
        }
    }

    private static CallHold hold(SandboxPortal portal) {
        return portal.faults().holdNext("profile", false, HOLD_LIMIT);
    }
}
