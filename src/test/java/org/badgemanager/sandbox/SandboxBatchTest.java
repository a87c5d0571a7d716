package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.encode;
import static org.badgemanager.sandbox.SandboxHttp.postForm;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxBatchTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());

    @Test
    void mapCommandsAnswerPerNameWithEmptySectionsAsArrays() {
        Map<String, String> cmd = new LinkedHashMap<>();
        cmd.put("badge", "crm.activity.badge.get?code=missedCall");
        cmd.put("added", "crm.activity.badge.add?code=alarm&title%5Ben%5D=Alarm&title%5Bde%5D=Achtung"
                + "&value=A%26B&type=warning");

        Reply reply = batch(Map.of("halt", 0, "cmd", cmd));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.result();
        assertThat(result.at("/result/badge/badge/type").asText()).isEqualTo("failure");
        assertThat(result.at("/result/added/badge/title").toString()).isEqualTo("{\"en\":\"Alarm\",\"de\":\"Achtung\"}");
        assertThat(result.at("/result/added/badge/value").asText()).isEqualTo("A&B");
        assertThat(result.get("result_error").toString()).isEqualTo("[]");
        assertThat(result.get("result_total").toString()).isEqualTo("[]");
        assertThat(result.get("result_next").toString()).isEqualTo("[]");
        assertThat(result.get("result_time").fieldNames()).toIterable().containsExactly("badge", "added");
        assertThat(result.at("/result_time/badge/start").isDouble()).isTrue();
        assertThat(reply.json().has("time")).isTrue();
        assertThat(sandbox.portal().badge("alarm")).isPresent();
    }

    @Test
    void arrayCommandsAreKeyedByIndexAndListsReportTotalAndNext() {
        Reply reply = batch(Map.of("cmd", List.of(
                "crm.activity.list?filter%5BOWNER_TYPE_ID%5D=2&select%5B0%5D=ID",
                "crm.activity.badge.list",
                "crm.activity.list?start=-1")));

        JsonNode result = reply.result();
        assertThat(result.get("result").fieldNames()).toIterable().containsExactly("0", "1", "2");
        assertThat(result.at("/result/0/0").fieldNames()).toIterable().containsExactly("ID");
        assertThat(result.at("/result_total/0").asInt()).isGreaterThan(50);
        assertThat(result.at("/result_next/0").asInt()).isEqualTo(50);
        assertThat(result.at("/result_total/1").asInt()).isEqualTo(7);
        assertThat(result.at("/result_total/2").asInt()).isZero();
        assertThat(result.get("result_next").has("2")).isFalse();
    }

    @Test
    void failingCommandsGoToResultErrorAndTheRestStillRun() {
        Map<String, String> cmd = new LinkedHashMap<>();
        cmd.put("missing", "crm.activity.badge.get?code=nope");
        cmd.put("legacy", "crm.activity.get?id=999999");
        cmd.put("unknown", "crm.no.such.method");
        cmd.put("nested", "batch?cmd%5Ba%5D=crm.activity.badge.list");
        cmd.put("ok", "crm.activity.badge.get?code=vipClient");

        JsonNode result = batch(Map.of("halt", false, "cmd", cmd)).result();

        assertThat(result.at("/result_error/missing/error").asText()).isEqualTo("NOT_FOUND");
        assertThat(result.at("/result_error/missing/error_description").asText())
                .isEqualTo("Badge not found for code `nope`");
        assertThat(result.at("/result_error/legacy/error").asText()).isEmpty();
        assertThat(result.at("/result_error/legacy/error_description").asText()).isEqualTo("Activity is not found.");
        assertThat(result.at("/result_error/unknown/error").asText()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(result.at("/result_error/nested/error").asText()).isEqualTo("ERROR_BATCH_METHOD_NOT_ALLOWED");
        assertThat(result.get("result").fieldNames()).toIterable().containsExactly("ok");
    }

    @Test
    void haltStopsAfterTheFirstFailure() {
        Map<String, String> cmd = new LinkedHashMap<>();
        cmd.put("first", "crm.activity.badge.get?code=missedCall");
        cmd.put("fails", "crm.activity.badge.delete?code=nope");
        cmd.put("never", "crm.activity.badge.delete?code=vipClient");

        JsonNode result = batch(Map.of("halt", 1, "cmd", cmd)).result();

        assertThat(result.get("result").fieldNames()).toIterable().containsExactly("first");
        assertThat(result.get("result_error").fieldNames()).toIterable().containsExactly("fails");
        assertThat(sandbox.portal().badge("vipClient")).isPresent();
    }

    @Test
    void moreThan50CommandsAreRejectedAsAWhole() {
        List<String> cmd = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            cmd.add("crm.activity.badge.list");
        }

        Reply reply = batch(Map.of("cmd", cmd));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("ERROR_BATCH_LENGTH_EXCEEDED");
        assertThat(reply.errorDescription()).isEqualTo("Max batch length exceeded");
        assertThat(batch(Map.of("cmd", cmd.subList(0, 50))).status()).isEqualTo(200);
    }

    @Test
    void commandsRunWithTheOuterCallersRights() {
        Reply reply = postJson(sandbox.portal().webhookUrlForUser(7) + "batch",
                Map.of("cmd", Map.of("add", "crm.activity.badge.add?code=x&title=T&value=V&type=primary")));

        assertThat(reply.result().at("/result_error/add/error").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(reply.result().get("result").toString()).isEqualTo("[]");
    }

    @Test
    void formEncodedBatchAndOauthWork() {
        String form = "halt=0&auth=" + sandbox.portal().accessToken()
                + "&cmd[one]=" + encode("crm.activity.badge.get?code=missedCall")
                + "&cmd[two]=" + encode("crm.activity.get?id=1");

        Reply reply = postForm(sandbox.portal().clientEndpoint() + "batch.json", form);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.result().at("/result/one/badge/code").asText()).isEqualTo("missedCall");
    }

    @Test
    void resultReferencesFeedLaterCommands() {
        Map<String, String> cmd = new LinkedHashMap<>();
        cmd.put("page", "crm.activity.list?order%5BID%5D=ASC&select%5B0%5D=ID&start=-1");
        cmd.put("next", "crm.activity.list?order%5BID%5D=ASC&select%5B0%5D=ID&start=-1"
                + "&filter%5B%3EID%5D=$result[page][49][ID]");

        JsonNode result = batch(Map.of("cmd", cmd)).result();

        long last = result.at("/result/page/49/ID").asLong();
        assertThat(result.at("/result/next/0/ID").asLong()).isGreaterThan(last);
    }

    @Test
    void aBatchIsOneRequestForTheRateLimit() {
        List<String> cmd = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cmd.add("crm.activity.badge.list");
        }
        batch(Map.of("cmd", cmd));

        assertThat(sandbox.portal().rateLimitStats().accepted()).isEqualTo(1);
        assertThat(sandbox.portal().requests()).extracting(RecordedRequest::method).containsExactly("batch");
    }

    private Reply batch(Map<String, Object> body) {
        return postJson(sandbox.portal().webhookUrl() + "batch", body);
    }
}
