package org.badgemanager.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's plan: an OAuth app reads it from app.info and keeps it; a webhook keeps what the admin chose and
 * never asks app.info (it would be refused). The client of each session paces by it.
 */
class PortalPlanProfileTest {
    @TempDir Path home;

    private ConnectionService service() {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        return new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs), new EmbeddedSandbox(),
                Portals.fastOptions());
    }

    @Test
    void anOAuthAppTakesThePlanFromAppInfoAndRemembersIt() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().plan(PortalPlan.ENTERPRISE))) {
            ConnectionService connections = service();
            ConnectionRequest request = connections.identified(
                    new ConnectionRequest(null, "Ent", Portals.signedInOAuth(portal, portal.clientSecret())));
            PortalSession session = connections.open(request);
            assertThat(session.client().options().plan().plan()).as("nothing known yet").isEqualTo(PortalPlan.STANDARD);

            connections.probe(session);

            assertThat(portal.requests("app.info")).hasSize(1);
            assertThat(session.client().options().plan().plan()).isEqualTo(PortalPlan.ENTERPRISE);
            assertThat(session.client().pacing().requestsPerSecond()).isEqualTo(5.0);
            Profile saved = connections.remember(session.request());
            assertThat(saved.field("portalPlan")).isEqualTo("enterprise");

            ConnectionService later = service();
            PortalSession next = later.open(later.restore(saved));
            assertThat(next.client().options().plan().plan()).as("the saved plan, before any app.info")
                    .isEqualTo(PortalPlan.ENTERPRISE);
        }
    }

    @Test
    void aWebhookKeepsTheChosenPlanAndNeverAsksAppInfo() {
        try (SandboxPortal portal = SandboxPortal.start()) {
            ConnectionService connections = service();
            PlanChoice box = new PlanChoice(PortalPlan.SELF_HOSTED, 6);
            ConnectionRequest request = connections.identified(new ConnectionRequest(null, "Box",
                    new WebhookDetails(portal.webhookUrl(), PortalTrust.DEFAULT, box)));
            PortalSession session = connections.open(request);
            connections.probe(session);

            assertThat(portal.requests("app.info")).isEmpty();
            assertThat(session.client().options().maxInFlight()).isEqualTo(6);
            Profile saved = connections.remember(session.request());
            assertThat(saved.field("portalPlan")).isEqualTo("selfhosted");
            assertThat(saved.field("requestsInFlight")).isEqualTo("6");

            ConnectionRequest restored = service().restore(saved);
            assertThat(restored.details().plan()).isEqualTo(box);
        }
    }

    @Test
    void aProfileSavedBeforePlansExistedIsStandard() {
        assertThat(PlanChoice.fromFields(Map.of("maskedWebhookUrl", "x"))).isEqualTo(PlanChoice.DEFAULT);
        assertThat(PlanChoice.fromFields(Map.of("portalPlan", "platinum"))).isEqualTo(PlanChoice.DEFAULT);
        assertThat(PortalPlan.fromLicense("ent", "de_ent250")).isEqualTo(PortalPlan.ENTERPRISE);
        assertThat(PortalPlan.fromLicense(null, "de_ent500")).isEqualTo(PortalPlan.ENTERPRISE);
        assertThat(PortalPlan.fromLicense("project", "en_project")).isEqualTo(PortalPlan.STANDARD);
    }
}
