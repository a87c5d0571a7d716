package org.badgemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * crm.activity.configurable.* with badgeCode in PROVIDER_PARAMS, who may call them, and the CRM recycle bin that
 * keeps a deleted activity's badge until it is erased in the portal (addendum §1.1–1.8).
 */
class SandboxConfigurableActivityTest {

    private static final String LAYOUT = "{\"header\":{\"title\":\"Parcel is late\"},\"body\":{\"blocks\":{}}}";

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());

    @Test
    void aWebhookIsRefusedEveryConfigurableMethod() {
        long carrier = carriersOf("deliveryDelayed")[0];
        for (String[] call : new String[][] {
                {"crm.activity.configurable.add", "{\"ownerTypeId\":2,\"ownerId\":5,\"fields\":{},\"layout\":" + LAYOUT + "}"},
                {"crm.activity.configurable.update", "{\"id\":" + carrier + ",\"fields\":{\"badgeCode\":\"\"}}"},
                {"crm.activity.configurable.get", "{\"id\":" + carrier + "}"}}) {
            Reply reply = viaWebhook(call[0], call[1]);
            assertThat(reply.status()).as(call[0]).isEqualTo(400);
            assertThat(reply.error()).as(call[0]).isEqualTo("ERROR_WRONG_CONTEXT");
        }
        assertThat(sandbox.portal().activity(carrier).orElseThrow().get("PROVIDER_PARAMS").get("badgeCode").asText())
                .isEqualTo("deliveryDelayed");
    }

    @Test
    void anAppAddsAnActivityWithABadgeThatListsShowInProviderParams() {
        Reply added = viaApp("crm.activity.configurable.add", "{\"ownerTypeId\":2,\"ownerId\":5,"
                + "\"fields\":{\"badgeCode\":\"missedCall\",\"responsibleId\":3},\"layout\":" + LAYOUT + "}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        long id = added.result().get("activity").get("id").asLong();

        JsonNode listed = viaWebhook("crm.activity.list", "{\"filter\":{\"ID\":" + id + "},"
                + "\"select\":[\"ID\",\"SUBJECT\",\"PROVIDER_ID\",\"PROVIDER_PARAMS\"]}").result().get(0);
        assertThat(listed.get("SUBJECT").asText()).isEqualTo("Parcel is late");
        assertThat(listed.get("PROVIDER_ID").asText()).isEqualTo("CONFIGURABLE_REST_APP");
        assertThat(listed.get("PROVIDER_PARAMS").get("badgeCode").asText()).isEqualTo("missedCall");
        assertThat(listed.get("PROVIDER_PARAMS").get("clientId").asText()).isEqualTo(sandbox.portal().clientId());

        JsonNode got = viaApp("crm.activity.configurable.get", "{\"id\":" + id + "}").result().get("activity");
        assertThat(got.get("fields").get("badgeCode").asText()).isEqualTo("missedCall");
        assertThat(got.get("fields").get("responsibleId").asInt()).isEqualTo(3);
        assertThat(got.get("layout").get("header").get("title").asText()).isEqualTo("Parcel is late");
    }

    @Test
    void addRefusesAnUnknownBadgeAMissingLayoutAndABadFlagWithoutStoringAnything() {
        int before = sandbox.portal().activityCount();
        assertThat(viaApp("crm.activity.configurable.add", "{\"ownerTypeId\":2,\"ownerId\":5,"
                + "\"fields\":{\"badgeCode\":\"noSuchBadge\"},\"layout\":" + LAYOUT + "}").error())
                .isEqualTo("WRONG_FIELD_VALUE");
        assertThat(viaApp("crm.activity.configurable.add", "{\"ownerTypeId\":2,\"ownerId\":5,\"fields\":{}}").error())
                .isEqualTo("100");
        assertThat(viaApp("crm.activity.configurable.add", "{\"ownerTypeId\":2,\"ownerId\":5,"
                + "\"fields\":{\"completed\":\"maybe\"},\"layout\":" + LAYOUT + "}").error())
                .isEqualTo("WRONG_FIELD_VALUE");
        assertThat(sandbox.portal().activityCount()).isEqualTo(before);
    }

    @Test
    void theCreatingAppClearsTheBadgeWithAnEmptyCodeAndNullChangesNothing() {
        long[] carriers = carriersOf("deliveryDelayed");
        for (long id : carriers) {
            Reply unchanged = viaApp("crm.activity.configurable.update", "{\"id\":" + id
                    + ",\"fields\":{\"badgeCode\":null}}");
            assertThat(unchanged.status()).isEqualTo(200);
            assertThat(badgeOf(id)).isEqualTo("deliveryDelayed");
        }
        assertThat(deleteBadge("deliveryDelayed").error()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");

        for (long id : carriers) {
            assertThat(viaApp("crm.activity.configurable.update", "{\"id\":" + id + ",\"fields\":{\"badgeCode\":\"\"}}")
                    .status()).isEqualTo(200);
            assertThat(badgeOf(id)).isEmpty();
        }
        assertThat(deleteBadge("deliveryDelayed").status()).isEqualTo(200);
    }

    @Test
    void anotherAppsActivityAndAPlainActivityCannotBeUpdated() {
        long othersCarrier = carriersOf("missedCall")[0];
        assertThat(viaApp("crm.activity.configurable.update", "{\"id\":" + othersCarrier
                + ",\"fields\":{\"badgeCode\":\"\"}}").error()).isEqualTo("ERROR_WRONG_APPLICATION");
        assertThat(badgeOf(othersCarrier)).isEqualTo("missedCall");
        long plain = sandbox.portal().addActivities(1, 2, 9).get(0);
        assertThat(viaApp("crm.activity.configurable.update", "{\"id\":" + plain + ",\"fields\":{}}").error())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void completingACarrierReleasesTheBadge() {
        for (long id : carriersOf("deliveryDelayed")) {
            viaApp("crm.activity.configurable.update", "{\"id\":" + id + ",\"fields\":{\"completed\":true}}");
        }
        assertThat(deleteBadge("deliveryDelayed").status()).isEqualTo(200);
    }

    @Test
    void deletedCarriersWaitInTheRecycleBinAndKeepTheBadgeUntilErasedInThePortal() {
        assertThat(sandbox.portal().control().recycleBin()).isTrue();
        long[] carriers = carriersOf("missedCall");
        for (long id : carriers) {
            assertThat(viaWebhook("crm.activity.delete", "{\"id\":" + id + "}").status()).isEqualTo(200);
        }
        assertThat(carriersOf("missedCall")).isEmpty();
        assertThat(viaWebhook("crm.activity.get", "{\"id\":" + carriers[0] + "}").status()).isEqualTo(400);
        assertThat(sandbox.portal().recycleBinIds()).hasSize(carriers.length);

        Reply refused = deleteBadge("missedCall");
        assertThat(refused.error()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");

        assertThat(sandbox.portal().eraseRecycleBinInPortal()).isEqualTo(carriers.length);
        assertThat(deleteBadge("missedCall").status()).isEqualTo(200);
    }

    @Test
    void withoutARecycleBinADeletedCarrierReleasesTheBadgeAtOnce() {
        sandbox.portal().control().recycleBin(false);
        for (long id : carriersOf("missedCall")) {
            viaWebhook("crm.activity.delete", "{\"id\":" + id + "}");
        }
        assertThat(sandbox.portal().recycleBinIds()).isEmpty();
        assertThat(deleteBadge("missedCall").status()).isEqualTo(200);
    }

    @Test
    void aPortalThatKeepsProviderParamsToItselfLeavesThemOut() {
        long carrier = carriersOf("missedCall")[0];
        sandbox.portal().control().providerParamsReturned(false);
        JsonNode listed = viaWebhook("crm.activity.list", "{\"filter\":{\"ID\":" + carrier + "}}").result().get(0);
        assertThat(listed.has("PROVIDER_PARAMS")).isFalse();
        assertThat(listed.get("PROVIDER_ID").asText()).isEqualTo("CONFIGURABLE_REST_APP");
        assertThat(viaWebhook("crm.activity.get", "{\"id\":" + carrier + "}").result().has("PROVIDER_PARAMS")).isFalse();
    }

    /** Live activities whose PROVIDER_PARAMS name the badge, read straight from the portal's store. */
    private long[] carriersOf(String code) {
        return java.util.stream.LongStream.rangeClosed(1, 400)
                .filter(id -> sandbox.portal().activity(id).map(a -> code.equals(
                        a.path("PROVIDER_PARAMS").path("badgeCode").asText())).orElse(false))
                .toArray();
    }

    private String badgeOf(long id) {
        ObjectNode fields = sandbox.portal().activity(id).orElseThrow();
        return fields.get("PROVIDER_PARAMS").get("badgeCode").asText();
    }

    private Reply deleteBadge(String code) {
        return viaWebhook("crm.activity.badge.delete", "{\"code\":\"" + code + "\"}");
    }

    private Reply viaWebhook(String method, String json) {
        return postJson(sandbox.portal().webhookUrl() + method, json);
    }

    private Reply viaApp(String method, String json) {
        try {
            ObjectNode body = (ObjectNode) SandboxHttp.MAPPER.readTree(json);
            body.put("auth", sandbox.portal().accessToken());
            return postJson(sandbox.portal().clientEndpoint() + method, body.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
