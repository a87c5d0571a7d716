package org.badgemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.junit.jupiter.api.Test;

/** Each plan preset gives the sandbox that plan's documented limits, and app.info tells the plan to an app. */
class SandboxPlanPresetsTest {

    @Test
    void enterpriseTakesABurstOf250AndRefusesBeyond() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.ENTERPRISE))) {
            fire(portal, 300);
            RateLimitStats stats = portal.rateLimitStats();
            // 5/s drain: a slow machine squeezes in a few more than 250 while the 300 go out
            assertThat(stats.accepted()).isGreaterThanOrEqualTo(250).isLessThan(300);
            assertThat(stats.rejected()).isPositive();
            assertThat(portal.operatingStats().limit()).isEqualTo(480.0);
        }
    }

    @Test
    void standardTakesABurstOf50() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.STANDARD))) {
            fire(portal, 70);
            assertThat(portal.rateLimitStats().accepted()).isBetween(50L, 60L);
            assertThat(portal.operatingStats().limit()).isEqualTo(480.0);
        }
    }

    @Test
    void selfHostedHasNoBucketAndNoOperatingLimit() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.SELF_HOSTED)
                .serverTime(false).costs(OperatingCosts.DEFAULTS.withPerDeletedActivity(600)))) {
            fire(portal, 120);
            assertThat(portal.rateLimitStats().rejected()).isZero();
            assertThat(portal.operatingStats().limit()).isNull();
            List<Long> ids = portal.addActivities(2, 2, 1);
            for (long id : ids) {
                assertThat(postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", id)).status())
                        .as("1200 s charged against no limit: never refused").isEqualTo(200);
            }
            assertThat(portal.operatingStats().refused()).isZero();
            assertThat(portal.operatingStats().highestUsed().get("crm.activity.delete")).isGreaterThan(1200);
        }
    }

    @Test
    void selfHostedCallsTakeTheServerTimeTheyAreCharged() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.SELF_HOSTED)
                .costs(OperatingCosts.DEFAULTS.withPerDeletedActivity(0.2)))) {
            long id = portal.addActivities(1, 2, 1).get(0);
            long started = System.nanoTime();
            assertThat(postJson(portal.webhookUrl() + "crm.activity.delete", Map.of("id", id)).status())
                    .isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("charged 0.2 s: took at least that")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void appInfoTellsAnAppThePlanAndRefusesAWebhook() {
        for (PortalPlan plan : PortalPlan.values()) {
            try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(plan))) {
                Reply app = postJson(portal.clientEndpoint() + "app.info", Map.of("auth", portal.accessToken()));
                assertThat(app.status()).isEqualTo(200);
                String family = app.result().path("LICENSE_FAMILY").asText();
                assertThat(PortalPlan.fromLicense(family, app.result().path("LICENSE").asText()))
                        .isEqualTo(plan == PortalPlan.ENTERPRISE ? PortalPlan.ENTERPRISE : PortalPlan.STANDARD);

                Reply hook = postJson(portal.webhookUrl() + "app.info", Map.of());
                assertThat(hook.error()).isEqualTo("ACCESS_DENIED");
            }
        }
    }

    @Test
    void thePlanPropertyChoosesThePreset() {
        String before = System.getProperty(SandboxConfig.PLAN_PROPERTY);
        System.setProperty(SandboxConfig.PLAN_PROPERTY, "enterprise");
        try {
            assertThat(SandboxConfig.defaults().plan()).isEqualTo(PortalPlan.ENTERPRISE);
            System.setProperty(SandboxConfig.PLAN_PROPERTY, "selfhosted");
            assertThat(SandboxConfig.defaults().plan()).isEqualTo(PortalPlan.SELF_HOSTED);
        } finally {
            if (before == null) {
                System.clearProperty(SandboxConfig.PLAN_PROPERTY);
            } else {
                System.setProperty(SandboxConfig.PLAN_PROPERTY, before);
            }
        }
    }

    private static void fire(SandboxPortal portal, int count) {
        for (int i = 0; i < count; i++) {
            postJson(portal.webhookUrl() + "crm.activity.badge.get", "{\"code\":\"missedCall\"}");
        }
    }
}
