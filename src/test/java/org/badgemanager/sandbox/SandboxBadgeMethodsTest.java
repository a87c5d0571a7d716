package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxBadgeMethodsTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());

    @Test
    void addWithStringsReturnsTheBadgeAndStoresIt() {
        Reply reply = call("crm.activity.badge.add",
                "{\"code\":\"newOne\",\"title\":\"Call Status\",\"value\":\"Missed\",\"type\":\"failure\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().toString()).isEqualTo(
                "{\"badge\":{\"code\":\"newOne\",\"title\":\"Call Status\",\"value\":\"Missed\",\"type\":\"failure\"}}");
        assertThat(sandbox.portal().badge("newOne")).contains(SandboxBadge.of("newOne", "Call Status", "Missed", "failure"));
    }

    @Test
    void addWithLanguageMapsKeepsTheMapShape() {
        Reply reply = call("crm.activity.badge.add", "{\"code\":\"alarm\",\"title\":{\"en\":\"Alarm\",\"de\":\"Achtung\"},"
                + "\"value\":{\"en\":\"New\"},\"type\":\"warning\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().at("/badge/title").isObject()).isTrue();
        assertThat(reply.result().at("/badge/title/de").asText()).isEqualTo("Achtung");
        Reply got = call("crm.activity.badge.get", "{\"code\":\"alarm\"}");
        assertThat(got.result().at("/badge/value").toString()).isEqualTo("{\"en\":\"New\"}");
        assertThat(sandbox.portal().badge("alarm").orElseThrow().title().isObject()).isTrue();
    }

    @Test
    void missingParameterAnswersCode100() {
        Reply reply = call("crm.activity.badge.add", "{\"code\":\"x\",\"value\":\"V\",\"type\":\"primary\"}");

        assertError(reply, "100", "Could not find value for parameter {title}");
    }

    @Test
    void emptyOrNonTextTitleAndValueAreRequiredArgMissing() {
        assertError(call("crm.activity.badge.add", "{\"code\":\"x\",\"title\":\"\",\"value\":\"V\",\"type\":\"primary\"}"),
                "REQUIRED_ARG_MISSING", "Argument 'title' is required");
        assertError(call("crm.activity.badge.add", "{\"code\":\"x\",\"title\":\"T\",\"value\":5,\"type\":\"primary\"}"),
                "REQUIRED_ARG_MISSING", "Argument 'value' is required");
    }

    @Test
    void badTypeIsWrongTypeValue() {
        Reply reply = call("crm.activity.badge.add", "{\"code\":\"x\",\"title\":\"T\",\"value\":\"V\",\"type\":\"Primary\"}");

        assertError(reply, "WRONG_TYPE_VALUE", "Wrong value of field `type`");
    }

    @Test
    void codeLongerThan30CharactersIsRejected() {
        String thirty = "a".repeat(30);
        assertThat(add(thirty, "T", "V", "success").status()).isEqualTo(200);

        assertError(add(thirty + "b", "T", "V", "success"),
                "0", "The length of the code field must not exceed 30 characters");
    }

    @Test
    void languageMapsAreCheckedPerLanguage() {
        assertError(call("crm.activity.badge.add",
                        "{\"code\":\"x\",\"title\":{\"xx\":\"T\"},\"value\":\"V\",\"type\":\"primary\"}"),
                "0", "Language `xx` was not found");
        assertError(call("crm.activity.badge.add",
                        "{\"code\":\"x\",\"title\":{\"en\":\"T\",\"de\":\"\"},\"value\":\"V\",\"type\":\"primary\"}"),
                "0", "Wrong value of field `title` for language de");
    }

    @Test
    void duplicateCodeIsRejectedWithoutOverwriting() {
        Reply reply = add("missedCall", "Other", "Other", "success");

        assertError(reply, "BX_INVALID_VALUE", "Code must be unique");
        assertThat(sandbox.portal().badge("missedCall").orElseThrow().type()).isEqualTo("failure");
    }

    @Test
    void nonAdminCannotAddOrDelete() {
        String user7 = sandbox.portal().webhookUrlForUser(7);
        assertError(postJson(user7 + "crm.activity.badge.add",
                Map.of("code", "x", "title", "T", "value", "V", "type", "primary")), "ACCESS_DENIED", "Access denied");
        assertError(postJson(user7 + "crm.activity.badge.delete", Map.of("code", "vipClient")),
                "ACCESS_DENIED", "Access denied");
        assertThat(sandbox.portal().badge("vipClient")).isPresent();
    }

    @Test
    void getUnknownBadgeIsNotFound() {
        assertError(call("crm.activity.badge.get", "{\"code\":\"nope\"}"), "NOT_FOUND", "Badge not found for code `nope`");
        assertError(call("crm.activity.badge.get", "{}"), "100", "Could not find value for parameter {code}");
    }

    @Test
    void listReturnsBadgesInInsertionOrderWithTotal() {
        try (SandboxPortal empty = SandboxPortal.start(SandboxConfig.defaults().demoData(false))) {
            Reply none = postJson(empty.webhookUrl() + "crm.activity.badge.list", "{}");
            assertThat(none.result().get("badges").isArray()).isTrue();
            assertThat(none.result().get("badges")).isEmpty();
            assertThat(none.json().get("total").asInt()).isZero();

            empty.putBadge(SandboxBadge.of("b", "T", "V", "primary"));
            postJson(empty.webhookUrl() + "crm.activity.badge.add",
                    Map.of("code", "a", "title", "T", "value", "V", "type", "success"));
            Reply two = postJson(empty.webhookUrl() + "crm.activity.badge.list", "{}");
            assertThat(two.result().get("badges")).extracting(b -> b.get("code").asText()).containsExactly("b", "a");
            assertThat(two.json().get("total").asInt()).isEqualTo(2);
            assertThat(two.json().has("next")).isFalse();
        }
    }

    @Test
    void deleteRemovesAnUnusedBadge() {
        Reply reply = call("crm.activity.badge.delete", "{\"code\":\"vipClient\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().asBoolean()).isTrue();
        assertThat(reply.result().isBoolean()).isTrue();
        assertThat(sandbox.portal().badge("vipClient")).isEmpty();
        assertError(call("crm.activity.badge.delete", "{\"code\":\"vipClient\"}"),
                "NOT_FOUND", "Badge not found for code `vipClient`");
    }

    @Test
    void badgeOnAnActivityBlocksDeleteUntilTheActivityIsGone() {
        sandbox.portal().control().recycleBin(false); // with the bin, see SandboxConfigurableActivityTest
        long id = sandbox.portal().addActivities(1, 2, 77).get(0);
        sandbox.portal().bindBadge(id, "vipClient");

        assertError(call("crm.activity.badge.delete", "{\"code\":\"vipClient\"}"),
                "ENTITY_WITH_BADGE_EXISTS", "There are entities with this badge. Delete them first.");

        assertThat(call("crm.activity.delete", "{\"id\":" + id + "}").status()).isEqualTo(200);
        assertThat(call("crm.activity.badge.delete", "{\"code\":\"vipClient\"}").status()).isEqualTo(200);
    }

    @Test
    void demoBadgesOnDemoActivitiesCannotBeDeleted() {
        assertThat(call("crm.activity.badge.delete", "{\"code\":\"missedCall\"}").error())
                .isEqualTo("ENTITY_WITH_BADGE_EXISTS");
        assertThat(call("crm.activity.badge.delete", "{\"code\":\"deliveryDelayed\"}").error())
                .isEqualTo("ENTITY_WITH_BADGE_EXISTS");
    }

    @Test
    void putBadgeSeedsDirectlyAndStoresACopy() {
        ObjectNode title = SandboxHttp.MAPPER.createObjectNode().put("en", "Seeded");
        sandbox.portal().putBadge(new SandboxBadge("seeded", title, TextNode.valueOf("S"), "secondary"));
        title.put("en", "changed afterwards");

        Reply got = call("crm.activity.badge.get", "{\"code\":\"seeded\"}");
        assertThat(got.result().at("/badge/title/en").asText()).isEqualTo("Seeded");
        assertThat(sandbox.portal().badges()).extracting(SandboxBadge::code).contains("missedCall", "seeded");
    }

    private Reply add(String code, String title, String value, String type) {
        return postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.add",
                Map.of("code", code, "title", title, "value", value, "type", type));
    }

    private Reply call(String method, String json) {
        return postJson(sandbox.portal().webhookUrl() + method, json);
    }

    static void assertError(Reply reply, String code, String description) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").isTextual()).isTrue();
        assertThat(reply.error()).isEqualTo(code);
        assertThat(reply.errorDescription()).isEqualTo(description);
    }
}
