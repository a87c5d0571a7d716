package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OVERLOAD_LIMIT (REST blocked for the portal) ends a bulk delete at once, on every plan, with its advice. */
class OverloadStopsTheRunTest {

    @ParameterizedTest
    @EnumSource(PortalPlan.class)
    void theFirstOverloadAnswerEndsTheRunWithoutAnotherRequest(PortalPlan plan) {
        try (SandboxPortal portal = SandboxPortal.start()) {
            List<Long> ids = portal.addActivities(120, 2, 1);
            int before = portal.activityCount();
            BitrixClient client = Portals.webhookClient(portal, Portals.fastOptions().withPlan(PlanChoice.of(plan))
                    .withRateLimit(1000, 1000));
            portal.faults().failAlways("batch", 503, "OVERLOAD_LIMIT", "REST API is blocked due to overload.");

            BulkDeleteReport report = new ActivityService(client).deleteMany(ids, () -> false, p -> { });

            assertThat(portal.requests("batch")).as("never repeated, no further batch").hasSize(1);
            assertThat(report.stoppedBy().code()).isEqualTo("OVERLOAD_LIMIT");
            assertThat(report.count(DeleteOutcome.Status.NOT_ATTEMPTED)).isEqualTo(120);
            assertThat(portal.activityCount()).as("nothing deleted").isEqualTo(before);
            assertThat(ErrorMessage.of(report.stoppedBy(), Messages.forLocale(Locale.ENGLISH)).advice())
                    .contains("Contact Bitrix24 support");
        }
    }
}
