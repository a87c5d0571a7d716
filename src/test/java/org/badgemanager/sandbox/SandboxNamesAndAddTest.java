package org.badgemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user.get, the owner lists, scopes, and crm.activity.add with its documented refusals, over HTTP. */
class SandboxNamesAndAddTest {
    private static SandboxPortal portal;

    @BeforeAll
    static void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void userGetTakesAListOfIdsAndLeavesOutUsersItDoesNotReturn() {
        var reply = postJson(portal.webhookUrl() + "user.get",
                "{\"filter\":{\"ID\":[5,1,11,9]},\"select\":[\"ID\",\"NAME\",\"LAST_NAME\"]}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().toString()).isEqualTo("[{\"ID\":\"1\",\"NAME\":\"Anna\",\"LAST_NAME\":\"Petrova\"},"
                + "{\"ID\":\"5\",\"NAME\":\"Maria\",\"LAST_NAME\":\"Kuznetsova\"},"
                + "{\"ID\":\"9\",\"NAME\":\"Dmitry\",\"LAST_NAME\":\"Volkov\"}]");
        assertThat(reply.json().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void ownerListsFilterByIdListAndSkipDeletedItems() {
        var deals = postJson(portal.webhookUrl() + "crm.deal.list",
                "{\"filter\":{\"@ID\":[4,13]},\"select\":[\"ID\",\"TITLE\"],\"start\":-1}");
        assertThat(deals.result().toString()).isEqualTo("[{\"ID\":\"4\",\"TITLE\":\"Desk lamps for Umbrella\"}]");
        var contacts = postJson(portal.webhookUrl() + "crm.contact.list",
                "{\"filter\":{\"@ID\":[2]},\"select\":[\"ID\",\"NAME\",\"LAST_NAME\"]}");
        assertThat(contacts.result().get(0).path("NAME").asText()).isNotBlank();
    }

    @Test
    void aWebhookWithoutTheUserScopeIsRefusedUserGetAlsoInsideABatch() {
        portal.setWebhookScopes("crm");
        try {
            var direct = postJson(portal.webhookUrl() + "user.get", "{\"filter\":{\"ID\":[1]}}");
            assertThat(direct.status()).isEqualTo(401);
            assertThat(direct.error()).isEqualTo("insufficient_scope");
            var batch = postJson(portal.webhookUrl() + "batch", "{\"halt\":0,\"cmd\":{\"u\":\"user.get?filter[ID][0]=1\","
                    + "\"d\":\"crm.deal.list?filter[@ID][0]=4&select[0]=TITLE\"}}");
            assertThat(batch.result().path("result_error").path("u").path("error").asText()).isEqualTo("insufficient_scope");
            assertThat(batch.result().path("result").path("d").get(0).path("TITLE").asText()).isEqualTo("Desk lamps for Umbrella");
        } finally {
            portal.setWebhookScopes("crm", "user");
        }
    }

    @Test
    void activityAddFollowsTheServerRulesAndSendsAnOutgoingCompletedEmail() {
        String url = portal.webhookUrl() + "crm.activity.add";
        assertThat(postJson(url, "{\"fields\":{\"OWNER_TYPE_ID\":2,\"OWNER_ID\":4,\"TYPE_ID\":3,\"SUBJECT\":\"T\"}}")
                .errorDescription()).isEqualTo("The activity type \"Task\" is not supported in current context.");
        assertThat(postJson(url, "{\"fields\":{\"OWNER_TYPE_ID\":2,\"OWNER_ID\":4,\"TYPE_ID\":2,\"SUBJECT\":\"C\"}}")
                .errorDescription()).isEqualTo("The field COMMUNICATIONS is not defined or invalid.");
        assertThat(postJson(url, "{\"fields\":{\"OWNER_TYPE_ID\":2,\"OWNER_ID\":13,\"TYPE_ID\":2,\"SUBJECT\":\"C\","
                + "\"COMMUNICATIONS\":[{\"VALUE\":\"+1\",\"TYPE\":\"PHONE\"}]}}").errorDescription())
                .isEqualTo("Could not find 'DEAL' with ID: 13");
        assertThat(postJson(url, "{\"fields\":{\"OWNER_TYPE_ID\":2,\"OWNER_ID\":4,\"TYPE_ID\":6,"
                + "\"PROVIDER_ID\":\"CONFIGURABLE_REST_APP\",\"SUBJECT\":\"C\"}}").errorDescription())
                .isEqualTo("Use crm.activity.configurable.add for this activity provider");

        String email = "{\"fields\":{\"OWNER_TYPE_ID\":3,\"OWNER_ID\":2,\"TYPE_ID\":4,\"DIRECTION\":2,\"SUBJECT\":\"Offer\","
                + "\"COMPLETED\":\"%s\",\"COMMUNICATIONS\":[{\"VALUE\":\"c@example.com\",\"TYPE\":\"EMAIL\"}]}}";
        var open = postJson(url, String.format(email, "N"));
        long openId = open.result().asLong();
        assertThat(portal.activity(openId).orElseThrow().path("COMPLETED").asText()).isEqualTo("N");
        assertThat(portal.sentEmails()).doesNotContain(openId);
        long sentId = postJson(url, String.format(email, "Y")).result().asLong();
        assertThat(portal.sentEmails()).contains(sentId);
        assertThat(portal.activity(sentId).orElseThrow().path("AUTHOR_ID").asText()).isEqualTo("1");
    }
}
