package org.badgemanager.sandbox;

import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxRateLimitTest {

    @Test
    void burstOf60AgainstTheDefaultBucketRejectsTheOverflow() {
        try (SandboxPortal portal = SandboxPortal.start()) {
            long started = System.nanoTime();
            List<Reply> replies = fire(portal, 60);
            double seconds = (System.nanoTime() - started) / 1e9;

            long accepted = replies.stream().filter(r -> r.status() == 200).count();
            List<Reply> rejected = replies.stream().filter(r -> r.status() != 200).toList();
            // The bucket drains 2/s while the 60 go out: one more accepted per half second they took (a loaded
            // machine takes longer), never fewer than the burst.
            assertThat(accepted).isBetween(50L, 51L + (long) (seconds * 2));
            assertThat(accepted).as("the overflow is refused").isLessThan(60);
            assertThat(replies.subList(0, 50)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(rejected).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.error()).isEqualTo("QUERY_LIMIT_EXCEEDED");
                assertThat(r.errorDescription()).isEqualTo("Too many requests");
            });
            RateLimitStats stats = portal.rateLimitStats();
            assertThat(stats.accepted()).isEqualTo(accepted);
            assertThat(stats.rejected()).isEqualTo(60 - accepted);
            assertThat(stats.maxLevelSeen()).isGreaterThan(49).isLessThanOrEqualTo(50);
            assertThat(portal.requests()).filteredOn(r -> "QUERY_LIMIT_EXCEEDED".equals(r.errorCode()))
                    .hasSize(rejected.size()).allSatisfy(r -> assertThat(r.status()).isEqualTo(503));
        }
    }

    @Test
    void withoutALimitEverythingPasses() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            assertThat(fire(portal, 60)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(portal.rateLimitStats().rejected()).isZero();
        }
    }

    @Test
    void disablingAtRunTimeLetsCallsThroughAgain() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().rateLimit(0.5, 2))) {
            assertThat(fire(portal, 3)).extracting(Reply::status).containsExactly(200, 200, 503);

            portal.disableRateLimit();

            assertThat(fire(portal, 5)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        }
    }

    @Test
    void theBucketDrainsOverTime() throws InterruptedException {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            // slow enough that a loaded machine cannot drain a unit between the four calls
            portal.setRateLimit(2, 3);
            assertThat(fire(portal, 4)).extracting(Reply::status).containsExactly(200, 200, 200, 503);

            Thread.sleep(600); // 2/s drains one unit in 500 ms

            assertThat(fire(portal, 1)).extracting(Reply::status).containsExactly(200);
        }
    }

    @Test
    void rejectedCallsDoNotFillTheBucket() throws InterruptedException {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().rateLimit(2, 1))) {
            assertThat(fire(portal, 5)).extracting(Reply::status).containsExactly(200, 503, 503, 503, 503);

            Thread.sleep(600); // one unit drains in 500 ms; had the rejected calls counted, it would take 2.5 s

            assertThat(fire(portal, 1)).extracting(Reply::status).containsExactly(200);
        }
    }

    private static List<Reply> fire(SandboxPortal portal, int count) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(postJson(portal.webhookUrl() + "crm.activity.badge.get", "{\"code\":\"missedCall\"}"));
        }
        return replies;
    }
}
