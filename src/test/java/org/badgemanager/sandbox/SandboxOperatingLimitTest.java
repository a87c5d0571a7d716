package org.badgemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgemanager.limits.TimeScale;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's operating limit and cost model, over real HTTP: what each call is charged, what the answers say in
 * {@code time}, and the 429 once a method is over its budget. Costs are set to distinct round figures so that each
 * charge can be told apart in the sums.
 */
class SandboxOperatingLimitTest {
    private static final OperatingCosts COSTS = new OperatingCosts(0.1, 1.0, 0.01, 2.0);

    private static SandboxConfig config() {
        return SandboxConfig.defaults().demoData(false).noRateLimit().costs(COSTS);
    }

    @Test
    void aCountedListPaysPerMatchingRowAndAnUncountedOnePerPage() {
        try (SandboxPortal portal = SandboxPortal.start(config())) {
            portal.addActivities(120, 2, 1);

            Reply counted = postJson(portal.webhookUrl() + "crm.activity.list", Map.of("start", 0));
            assertThat(counted.json().path("total").asInt()).isEqualTo(120);
            assertThat(operating(counted)).isCloseTo(0.1 + 1.0 + 120 * 0.01, within());

            Reply uncounted = postJson(portal.webhookUrl() + "crm.activity.list", Map.of("start", -1));
            assertThat(operating(uncounted)).as("the method's sum grows by a call and a page only")
                    .isCloseTo(2.3 + 1.1, within());

            Reply other = postJson(portal.webhookUrl() + "crm.activity.badge.list", Map.of());
            assertThat(operating(other)).as("each method has its own sum (and a list page)").isCloseTo(1.1, within());
        }
    }

    @Test
    void eachDeleteInABatchIsChargedToItsMethodAndTheBatchItselfIsFree() {
        try (SandboxPortal portal = SandboxPortal.start(config())) {
            List<Long> ids = portal.addActivities(3, 2, 1);
            Map<String, String> cmd = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                cmd.put("d" + i, "crm.activity.delete?id=" + ids.get(i));
            }
            Reply batch = postJson(portal.webhookUrl() + "batch", Map.of("halt", 0, "cmd", cmd));

            assertThat(operating(batch)).as("batch is not counted").isZero();
            JsonNode times = batch.result().path("result_time");
            assertThat(times.path("d0").path("operating").asDouble()).isCloseTo(2.1, within());
            assertThat(times.path("d1").path("operating").asDouble()).isCloseTo(4.2, within());
            assertThat(times.path("d2").path("operating").asDouble()).isCloseTo(6.3, within());
            assertThat(times.path("d2").path("duration").asDouble()).as("a command took at least its charge")
                    .isGreaterThanOrEqualTo(2.1 - 1e-6);
            assertThat(portal.operatingStats().highestUsed().get("crm.activity.delete")).isCloseTo(6.3, within());
        }
    }

    @Test
    void theCallThatPassesTheBudgetCompletesAndTheNextIsRefusedWith429() {
        try (SandboxPortal portal = SandboxPortal.start(config()
                .operatingLimit(Duration.ofSeconds(5), Duration.ofMinutes(10)))) {
            List<Long> ids = portal.addActivities(6, 2, 1);
            for (int i = 0; i < 3; i++) {
                Reply ok = postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(i)));
                assertThat(ok.status()).as("delete %d: sum %s", i, ok.json()).isEqualTo(200);
            }
            Reply refused = postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(3)));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.error()).isEqualTo("OPERATION_TIME_LIMIT");
            assertThat(portal.activity(ids.get(3))).as("a refused call does not run").isPresent();
            assertThat(postJson(portal.webhookUrl() + "crm.activity.list", Map.of("start", -1)).status())
                    .as("other methods are not blocked").isEqualTo(200);

            Map<String, String> cmd = new LinkedHashMap<>();
            cmd.put("del", "crm.activity.delete?id=" + ids.get(4));
            cmd.put("read", "crm.activity.get?id=" + ids.get(5));
            Reply batch = postJson(portal.webhookUrl() + "batch", Map.of("halt", 0, "cmd", cmd));
            assertThat(batch.status()).isEqualTo(200);
            assertThat(batch.result().path("result_error").path("del").path("error").asText())
                    .isEqualTo("OPERATION_TIME_LIMIT");
            assertThat(batch.result().path("result").has("read")).isTrue();
            assertThat(portal.operatingStats().refused()).isEqualTo(2);
            assertThat(portal.requests("crm.activity.delete")).filteredOn(r -> r.status() == 429).hasSize(1);
        }
    }

    @Test
    void operatingResetAtNamesWhenTheOldestBasketLeavesAndThenTheMethodRunsAgain() throws InterruptedException {
        try (SandboxPortal portal = SandboxPortal.start(config()
                .operatingLimit(Duration.ofSeconds(1), Duration.ofMillis(800)))) {
            List<Long> ids = portal.addActivities(2, 2, 1);
            long before = Instant.now().getEpochSecond();
            Reply first = postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(0)));
            long resetAt = first.json().path("time").path("operating_reset_at").asLong();
            assertThat(resetAt).isBetween(before, Instant.now().getEpochSecond() + 2);
            assertThat(postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(1))).status())
                    .isEqualTo(429);

            Thread.sleep(1200); // the window is 0.8 s: its only basket has left by now

            Reply again = postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(1)));
            assertThat(again.status()).isEqualTo(200);
            assertThat(operating(again)).isCloseTo(2.1, within());
        }
    }

    @Test
    void theTimeScaleShortensChargesAndBudgetsAlike() {
        try (SandboxPortal portal = SandboxPortal.start(config().timeScale(new TimeScale(10))
                .operatingLimit(Duration.ofSeconds(5), Duration.ofMinutes(10)))) {
            List<Long> ids = portal.addActivities(4, 2, 1);
            Reply first = postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(0)));
            assertThat(operating(first)).isCloseTo(0.21, within());
            for (int i = 1; i < 3; i++) {
                postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(i)));
            }
            assertThat(postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", ids.get(3))).status())
                    .as("0.63 s used of a 0.5 s budget").isEqualTo(429);
            assertThat(portal.operatingStats().limit()).isCloseTo(0.5, within());
        }
    }

    @Test
    void withoutPerCommandOperatingTheBatchStillGivesEachCommandsDuration() {
        try (SandboxPortal portal = SandboxPortal.start(config().perCommandOperating(false))) {
            long id = portal.addActivities(1, 2, 1).get(0);
            Reply batch = postJson(portal.webhookUrl() + "batch",
                    Map.of("cmd", Map.of("d", "crm.activity.delete?id=" + id)));
            JsonNode time = batch.result().path("result_time").path("d");
            assertThat(time.has("operating")).isFalse();
            assertThat(time.path("duration").asDouble()).isGreaterThanOrEqualTo(2.1 - 1e-6);
        }
    }

    private static double operating(Reply reply) {
        return reply.json().path("time").path("operating").asDouble();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
