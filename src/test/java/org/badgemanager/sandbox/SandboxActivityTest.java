package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxActivityTest {

    private static final List<String> FIELDS = List.of("ID", "OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID", "PROVIDER_ID",
            "PROVIDER_TYPE_ID", "SUBJECT", "CREATED", "LAST_UPDATED", "START_TIME", "END_TIME", "DEADLINE",
            "COMPLETED", "STATUS", "RESPONSIBLE_ID", "AUTHOR_ID", "EDITOR_ID", "PRIORITY", "DIRECTION", "DESCRIPTION",
            "DESCRIPTION_TYPE", "ORIGINATOR_ID", "ORIGIN_ID");

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());

    @Test
    void getReturnsAllFieldsAsStrings() {
        long id = sandbox.portal().addActivities(1, 2, 15).get(0);

        Reply reply = call("crm.activity.get", "{\"id\":" + id + "}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode activity = reply.result();
        assertThat(activity.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        assertThat(activity.get("ID").asText()).isEqualTo(Long.toString(id));
        assertThat(activity.get("OWNER_TYPE_ID").isTextual()).isTrue();
        assertThat(activity.get("OWNER_ID").asText()).isEqualTo("15");
        assertThat(activity.get("COMPLETED").asText()).isEqualTo("N");
        assertThat(activity.get("CREATED").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(activity.get("ORIGIN_ID").isNull()).isTrue();
        assertThat(sandbox.portal().activity(id)).contains((com.fasterxml.jackson.databind.node.ObjectNode) activity);
    }

    @Test
    void getErrorsHaveAnEmptyCode() {
        long foreign = firstWith(ActivityAccess.FOREIGN);

        assertLegacy(call("crm.activity.get", "{\"id\":999999}"), "Activity is not found.");
        assertLegacy(call("crm.activity.get", "{\"id\":" + foreign + "}"), "Access denied.");
        assertLegacy(call("crm.activity.get", "{}"), "ID is not defined or invalid.");
        assertLegacy(call("crm.activity.get", "{\"id\":\"abc\"}"), "ID is not defined or invalid.");
    }

    @Test
    void deleteRemovesANormalActivity() {
        long id = sandbox.portal().addActivities(2, 1, 3).get(0);
        int before = sandbox.portal().activityCount();

        Reply reply = call("crm.activity.delete", "{\"id\":\"" + id + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().isBoolean()).isTrue();
        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(sandbox.portal().activityCount()).isEqualTo(before - 1);
        assertThat(sandbox.portal().activity(id)).isEmpty();
        assertLegacy(call("crm.activity.delete", "{\"id\":" + id + "}"), "Activity is not found.");
    }

    @Test
    void deleteRefusesForeignAndWebhookDeleteOfAppCreatedActivities() {
        long foreign = firstWith(ActivityAccess.FOREIGN);
        long appCreated = firstWith(ActivityAccess.APP_CREATED);

        assertLegacy(call("crm.activity.delete", "{\"id\":" + foreign + "}"), "Access denied.");
        assertLegacy(call("crm.activity.delete", "{\"id\":" + appCreated + "}"), "Application context required.");
        assertLegacy(call("crm.activity.delete", "{\"id\":0}"), "ID is not defined or invalid.");
        assertThat(sandbox.portal().activity(appCreated)).isPresent();

        Reply viaOauth = postJson(sandbox.portal().clientEndpoint() + "crm.activity.delete",
                Map.of("id", appCreated, "auth", sandbox.portal().accessToken()));
        assertThat(viaOauth.status()).isEqualTo(200);
        assertThat(sandbox.portal().activity(appCreated)).isEmpty();
    }

    @Test
    void setActivityAccessChangesWhatTheRestLayerAllows() {
        long id = sandbox.portal().addActivities(1, 2, 1).get(0);
        sandbox.portal().setActivityAccess(id, ActivityAccess.APP_CREATED);
        assertThat(sandbox.portal().activity(id).orElseThrow().get("PROVIDER_ID").asText()).isEqualTo("CONFIGURABLE_REST_APP");
        assertLegacy(call("crm.activity.delete", "{\"id\":" + id + "}"), "Application context required.");

        sandbox.portal().setActivityAccess(id, ActivityAccess.FOREIGN);
        assertLegacy(call("crm.activity.get", "{\"id\":" + id + "}"), "Access denied.");
    }

    @Test
    void listPagesBy50WithNextAndTotalAndHidesForeignActivities() {
        Reply first = call("crm.activity.list", "{}");
        assertThat(first.result()).hasSize(50);
        assertThat(first.json().get("next").asInt()).isEqualTo(50);
        assertThat(first.json().get("total").asInt()).isEqualTo(295);
        assertThat(first.result().get(0).fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);

        Reply last = call("crm.activity.list", "{\"start\":250}");
        assertThat(last.result()).hasSize(45);
        assertThat(last.json().has("next")).isFalse();
        assertThat(last.json().get("total").asInt()).isEqualTo(295);

        List<Long> seen = new ArrayList<>();
        for (int start = 0; start < 300; start += 50) {
            call("crm.activity.list", "{\"start\":" + start + ",\"select\":[\"ID\"]}").result()
                    .forEach(a -> seen.add(a.get("ID").asLong()));
        }
        assertThat(seen).hasSize(295).doesNotHaveDuplicates().isSorted();
        assertThat(seen).doesNotContain(firstWith(ActivityAccess.FOREIGN));
    }

    @Test
    void startMinusOneSkipsCounting() {
        Reply reply = call("crm.activity.list", "{\"start\":-1,\"order\":{\"ID\":\"ASC\"},\"filter\":{\">ID\":100}}");

        assertThat(reply.result()).hasSize(50);
        assertThat(reply.result().get(0).get("ID").asLong()).isGreaterThan(100);
        assertThat(reply.json().get("total").asInt()).isZero();
        assertThat(reply.json().has("next")).isFalse();
    }

    @Test
    void filtersUseOperatorPrefixesAndNumericComparison() {
        List<JsonNode> deals = all("{\"OWNER_TYPE_ID\":2,\">=ID\":\"9\",\"<ID\":200}");
        assertThat(deals).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("OWNER_TYPE_ID").asText()).isEqualTo("2");
            assertThat(a.get("ID").asLong()).isBetween(9L, 199L);
        });

        List<JsonNode> callsAndMeetings = all("{\"@TYPE_ID\":[1,2]}");
        assertThat(callsAndMeetings).isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("TYPE_ID").asText()).isIn("1", "2"));
        assertThat(all("{\"!@TYPE_ID\":[1,2]}")).hasSize(295 - callsAndMeetings.size());

        List<JsonNode> open = all("{\"!COMPLETED\":\"Y\"}");
        assertThat(open).isNotEmpty().allSatisfy(a -> assertThat(a.get("COMPLETED").asText()).isEqualTo("N"));
        assertThat(all("{\"COMPLETED\":\"Y\"}")).hasSize(295 - open.size());
        assertThat(all("{\"=PROVIDER_ID\":\"CONFIGURABLE_REST_APP\"}")).hasSize(35); // 15 app-made, 20 badge carriers
        assertThat(all("{\"!=RESPONSIBLE_ID\":7}"))
                .allSatisfy(a -> assertThat(a.get("RESPONSIBLE_ID").asText()).isNotEqualTo("7"));

        List<JsonNode> lateYear = all("{\">=CREATED\":\"2026-07-01T00:00:00+03:00\"}");
        assertThat(lateYear).isNotEmpty().hasSizeLessThan(295)
                .allSatisfy(a -> assertThat(a.get("CREATED").asText()).startsWith("2026-").isGreaterThan("2026-07"));
    }

    @Test
    void orderAndSelectShapeTheRows() {
        Reply reply = call("crm.activity.list",
                "{\"order\":{\"ID\":\"desc\"},\"select\":[\"SUBJECT\",\"OWNER_ID\"],\"filter\":{\"OWNER_TYPE_ID\":3}}");

        List<Long> ids = new ArrayList<>();
        reply.result().forEach(a -> ids.add(a.get("ID").asLong()));
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(reply.result().get(0).fieldNames()).toIterable().containsExactly("ID", "SUBJECT", "OWNER_ID");

        Reply star = call("crm.activity.list", "{\"select\":[\"*\"],\"filter\":{\"ID\":2}}");
        assertThat(star.result().get(0).size()).isEqualTo(FIELDS.size());
    }

    private List<JsonNode> all(String filter) {
        List<JsonNode> rows = new ArrayList<>();
        int start = 0;
        while (true) {
            Reply page = call("crm.activity.list", "{\"filter\":" + filter + ",\"start\":" + start + "}");
            page.result().forEach(rows::add);
            if (!page.json().has("next")) {
                return rows;
            }
            start = page.json().get("next").asInt();
        }
    }

    /** The demo data's own activity of that kind: the first id whose REST view matches it. */
    private long firstWith(ActivityAccess access) {
        if (access == ActivityAccess.APP_CREATED) {
            // the app-made ones without a badge (the badge carriers among them may be deleted by anyone)
            return all("{\"PROVIDER_ID\":\"CONFIGURABLE_REST_APP\"}").stream()
                    .filter(a -> a.path("PROVIDER_PARAMS").path("badgeCode").isNull()).findFirst().orElseThrow()
                    .get("ID").asLong();
        }
        List<Long> listed = new ArrayList<>();
        all("{}").forEach(a -> listed.add(a.get("ID").asLong()));
        for (long id = 1; id <= 300; id++) {
            if (!listed.contains(id) && sandbox.portal().activity(id).isPresent()) {
                return id;
            }
        }
        throw new AssertionError("no demo activity with access " + access);
    }

    private Reply call(String method, String json) {
        return postJson(sandbox.portal().webhookUrl() + method, json);
    }

    static void assertLegacy(Reply reply, String description) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEmpty();
        assertThat(reply.errorDescription()).isEqualTo(description);
    }
}
