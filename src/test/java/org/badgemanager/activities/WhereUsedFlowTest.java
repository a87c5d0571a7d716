package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Where is this badge used?" and the guided flow that frees and deletes it, on the sandbox through a webhook and
 * through the OAuth app: exact carriers where PROVIDER_PARAMS come back, candidates where they do not (unless the
 * app may ask crm.activity.configurable.get), clearing where this app made the activity, the backup before every
 * delete, and the recycle bin that keeps the badge until it is erased in the portal.
 */
class WhereUsedFlowTest {
    private SandboxPortal portal;
    @TempDir
    Path backups;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aWebhookFindsTheExactCarriersFromProviderParams() {
        BadgeCarriers found = new BadgeCarrierSearch(Portals.webhookClient(portal), false).find("missedCall", () -> false);

        assertThat(found.isExact()).isTrue();
        assertThat(found.exact()).hasSize(12).allSatisfy(a -> assertThat(a.badgeCode()).isEqualTo("missedCall"));
        assertThat(ids(found.exact())).isEqualTo(portalCarriers("missedCall"));
        assertThat(portal.requests("crm.activity.list")).allSatisfy(r ->
                assertThat(r.params().toString()).contains("PROVIDER_PARAMS").contains("CONFIGURABLE_REST_APP"));
        assertThat(portal.requests("batch")).isEmpty();
    }

    @Test
    void aWebhookOnAPortalThatHidesProviderParamsGetsCandidatesOnly() {
        portal.control().providerParamsReturned(false);

        BadgeCarriers found = new BadgeCarrierSearch(Portals.webhookClient(portal), false).find("missedCall", () -> false);

        assertThat(found.exact()).isEmpty();
        assertThat(found.isExact()).isFalse();
        assertThat(found.candidates()).hasSize(35)
                .allSatisfy(a -> assertThat(a.providerId()).isEqualTo("CONFIGURABLE_REST_APP"));
        assertThat(ids(found.candidates())).containsAll(portalCarriers("missedCall"));
        // a webhook is refused crm.activity.configurable.get (ERROR_WRONG_CONTEXT): it is not even asked
        assertThat(portal.requests("batch")).isEmpty();
    }

    @Test
    void theAppOnAPortalThatHidesProviderParamsAsksConfigurableGetAndIsExact() {
        portal.control().providerParamsReturned(false);

        BadgeCarriers found = new BadgeCarrierSearch(appClient(), true).find("missedCall", () -> false);

        assertThat(found.isExact()).isTrue();
        assertThat(ids(found.exact())).isEqualTo(portalCarriers("missedCall"));
        assertThat(portal.requests("batch")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.params().toString()).contains("crm.activity.configurable.get"));
    }

    @Test
    void theAppClearsTheBadgeOnItsOwnActivitiesAndDeletesTheBadgeWithoutDeletingAnything() throws IOException {
        BitrixClient app = appClient();
        int before = portal.activityCount();
        CleanupResult result = cleanup(app, true).run(plan(app, "deliveryDelayed", portal.clientId()), backups,
                "sandbox", () -> false, (phase, done, all) -> { });

        assertThat(result.ending()).isEqualTo(CleanupResult.Ending.BADGE_DELETED);
        assertThat(result.cleared()).hasSize(8);
        assertThat(result.deletion()).isNull();
        assertThat(portal.badge("deliveryDelayed")).isEmpty();
        assertThat(portal.activityCount()).isEqualTo(before);
        assertThat(portal.requests("batch")).anySatisfy(r -> assertThat(r.params().toString())
                .contains("crm.activity.configurable.update"));
        assertThat(portal.requests("crm.activity.delete")).isEmpty();
    }

    @Test
    void deletedCarriersInTheRecycleBinKeepTheBadgeUntilErasedThenTryAgainDeletesIt() throws IOException {
        BitrixClient webhook = Portals.webhookClient(portal);
        List<JsonNode> originals = new ArrayList<>();
        portalCarriers("missedCall").forEach(id -> originals.add(portal.activity(id).orElseThrow()));
        BadgeCleanup flow = cleanup(webhook, false);

        CleanupResult result = flow.run(plan(webhook, "missedCall", null), backups, "sandbox", () -> false,
                (phase, done, all) -> { });

        assertThat(result.deleted()).isEqualTo(12);
        assertThat(result.ending()).isEqualTo(CleanupResult.Ending.RECYCLE_BIN);
        assertThat(result.badgeError().code()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");
        assertThat(portal.badge("missedCall")).isPresent();
        assertThat(portal.recycleBinIds()).hasSize(12);
        assertThat(backedUp(result.backupFile())).containsExactlyInAnyOrderElementsOf(originals);

        assertThat(flow.deleteBadge(result).ending()).as("bin not yet erased").isEqualTo(CleanupResult.Ending.RECYCLE_BIN);
        portal.eraseRecycleBinInPortal();
        assertThat(flow.deleteBadge(result).ending()).isEqualTo(CleanupResult.Ending.BADGE_DELETED);
        assertThat(portal.badge("missedCall")).isEmpty();
    }

    @Test
    void aDeleteFailingMidwayLeavesTheBadgeAndTheBackupHoldsEveryDeletedRecord() throws IOException {
        portal.control().recycleBin(false);
        for (long id : portal.addActivities(60, 2, 7)) {
            portal.bindBadge(id, "missedCall");
        }
        Set<Long> carriers = portalCarriers("missedCall");
        long appOnly = carriers.iterator().next();
        portal.setActivityAccess(appOnly, ActivityAccess.APP_CREATED); // a webhook may not delete this one
        List<JsonNode> originals = new ArrayList<>();
        carriers.forEach(id -> originals.add(portal.activity(id).orElseThrow()));
        BitrixClient webhook = Portals.webhookClient(portal);
        CleanupPlan plan = plan(webhook, "missedCall", null);
        assertThat(plan.toDelete()).hasSize(72);
        // two backup batches go through, then the first delete batch, then the second fails
        portal.faults().passNext("batch");
        portal.faults().passNext("batch");
        portal.faults().passNext("batch");
        portal.faults().failNext("batch", 500, "INTERNAL_SERVER_ERROR", "Internal server error");

        CleanupResult result = cleanup(webhook, false).run(plan, backups, "sandbox", () -> false,
                (phase, done, all) -> { });

        assertThat(result.ending()).isEqualTo(CleanupResult.Ending.ACTIVITIES_LEFT);
        assertThat(result.leftOpen()).isGreaterThan(0);
        assertThat(portal.badge("missedCall")).isPresent();
        assertThat(portal.requests("crm.activity.badge.delete")).as("the badge is not touched").isEmpty();
        Set<Long> gone = new HashSet<>(carriers);
        gone.removeIf(id -> portal.activity(id).isPresent());
        assertThat(gone).hasSize(49).doesNotContain(appOnly); // the first delete batch less the refused one
        List<JsonNode> backup = backedUp(result.backupFile());
        assertThat(backup).containsExactlyInAnyOrderElementsOf(originals);
        assertThat(backup).extracting(r -> r.get("ID").asLong()).containsAll(gone);
    }

    @Test
    void cancellingStopsBetweenBatchesBeforeTheBadgeAndTheBackupHoldsEverything() throws IOException {
        portal.control().recycleBin(false);
        for (long id : portal.addActivities(60, 2, 7)) {
            portal.bindBadge(id, "missedCall");
        }
        Set<Long> carriers = portalCarriers("missedCall");
        List<JsonNode> originals = new ArrayList<>();
        carriers.forEach(id -> originals.add(portal.activity(id).orElseThrow()));
        BitrixClient webhook = Portals.webhookClient(portal);
        CleanupPlan plan = plan(webhook, "missedCall", null);
        portal.clearRequests();

        // the user presses Cancel while the first delete batch runs: two backup reads and one delete go out
        CleanupResult result = cleanup(webhook, false).run(plan, backups, "sandbox",
                () -> portal.requests("batch").size() >= 3, (phase, done, all) -> { });

        assertThat(result.ending()).isEqualTo(CleanupResult.Ending.CANCELLED);
        assertThat(portal.requests("batch")).hasSize(3);
        assertThat(portal.requests("crm.activity.badge.delete")).isEmpty();
        assertThat(portal.badge("missedCall")).isPresent();
        assertThat(carriers.stream().filter(id -> portal.activity(id).isEmpty())).hasSize(50);
        assertThat(backedUp(result.backupFile())).containsExactlyInAnyOrderElementsOf(originals);
    }

    private CleanupPlan plan(BitrixClient client, String code, String ownClientId) {
        boolean app = ownClientId != null;
        BadgeCarriers found = new BadgeCarrierSearch(client, app).find(code, () -> false);
        return CleanupPlan.of(new BadgeService(client).get(code), found, ownClientId);
    }

    private BadgeCleanup cleanup(BitrixClient client, boolean app) {
        return new BadgeCleanup(client, new ActivityService(client), new BadgeService(client),
                new BadgeCarrierSearch(client, app), Clock.systemUTC());
    }

    private BitrixClient appClient() {
        return new BitrixClient(new OAuthConnection(URI.create(portal.clientEndpoint()),
                URI.create(portal.serverEndpoint()), portal.clientId(), portal.clientSecret(),
                new OAuthTokens(portal.accessToken(), portal.refreshToken(), Instant.now().plusSeconds(3600)), null),
                Portals.fastOptions());
    }

    private Set<Long> portalCarriers(String code) {
        Set<Long> ids = new HashSet<>();
        for (long id = 1; id <= portal.activityCount() + 100; id++) {
            portal.activity(id).filter(a -> code.equals(a.path("PROVIDER_PARAMS").path("badgeCode").asText()))
                    .ifPresent(a -> ids.add(a.get("ID").asLong()));
        }
        return ids;
    }

    private static Set<Long> ids(List<Activity> activities) {
        Set<Long> ids = new HashSet<>();
        activities.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** The backed-up records as crm.activity.get gives them: without the communications and files saved beside. */
    private static List<JsonNode> backedUp(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        Json.mapper().readTree(Files.readString(file)).get("activities").forEach(r -> {
            assertThat(r.has("COMMUNICATIONS") && r.has("FILES")).isTrue();
            records.add(((com.fasterxml.jackson.databind.node.ObjectNode) r.deepCopy())
                    .without(List.of("COMMUNICATIONS", "FILES")));
        });
        return records;
    }
}
