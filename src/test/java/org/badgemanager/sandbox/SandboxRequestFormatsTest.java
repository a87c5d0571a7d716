package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.encode;
import static org.badgemanager.sandbox.SandboxHttp.get;
import static org.badgemanager.sandbox.SandboxHttp.postForm;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxRequestFormatsTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());

    @Test
    void formEncodedBodyWithBracketsBuildsLanguageMaps() {
        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.add",
                "code=alarm&title[en]=Alarm&title[de]=Achtung&value=NEW&type=warning");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.result().at("/badge/title").toString()).isEqualTo("{\"en\":\"Alarm\",\"de\":\"Achtung\"}");
        assertThat(reply.result().at("/badge/value").asText()).isEqualTo("NEW");
    }

    @Test
    void percentEncodedBracketsAndValuesAreDecoded() {
        String form = "code=enc&" + encode("title[en]") + "=" + encode("A & B") + "&value=V+W&type=primary";

        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.add", form);

        assertThat(reply.result().at("/badge/title/en").asText()).isEqualTo("A & B");
        assertThat(reply.result().at("/badge/value").asText()).isEqualTo("V W");
    }

    @Test
    void jsonSuffixTrailingSlashAndUpperCaseNamesAreAccepted() {
        assertThat(postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list.json", "{}").status()).isEqualTo(200);
        assertThat(postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list/", "{}").status()).isEqualTo(200);
        assertThat(postJson(sandbox.portal().webhookUrl() + "CRM.Activity.Badge.List.JSON/", "{}").status()).isEqualTo(200);
        assertThat(sandbox.portal().requests()).extracting(RecordedRequest::method).containsOnly("crm.activity.badge.list");
    }

    @Test
    void getWithQueryStringWorks() {
        Reply reply = get(sandbox.portal().webhookUrl() + "crm.activity.badge.get.json?code=missedCall");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().at("/badge/code").asText()).isEqualTo("missedCall");
    }

    @Test
    void queryAndBodyAreMergedWithTheBodyWinning() {
        Reply reply = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.get?code=nope&extra=1",
                "{\"code\":\"vipClient\"}");

        assertThat(reply.result().at("/badge/code").asText()).isEqualTo("vipClient");
        ObjectNode params = sandbox.portal().requests().get(0).params();
        assertThat(params.get("extra").asText()).isEqualTo("1");
        assertThat(params.get("code").asText()).isEqualTo("vipClient");
    }

    @Test
    void formEncodedListParamsWorkForActivityList() {
        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.list",
                "select[0]=ID&select[1]=SUBJECT&filter[%3EID]=290&order[ID]=desc");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get(0).get("ID").asLong()).isEqualTo(300);
        assertThat(reply.result().get(0).size()).isEqualTo(2);
    }

    @Test
    void selectGivenAsObjectWithNumericKeysIsAccepted() {
        Reply reply = postJson(sandbox.portal().webhookUrl() + "crm.activity.list",
                "{\"select\":{\"0\":\"ID\",\"1\":\"OWNER_ID\"},\"filter\":{\"ID\":1}}");

        assertThat(reply.result().get(0).fieldNames()).toIterable().containsExactly("ID", "OWNER_ID");
    }

    @Test
    void brokenJsonBodyIsAnInvalidRequest() {
        Reply reply = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{\"code\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void pathsOutsideRestAnswer404() {
        assertThat(get(sandbox.portal().baseUrl() + "/").status()).isEqualTo(404);
        assertThat(get(sandbox.portal().baseUrl() + "/rest/a/b/c/d/e").error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
    }
}
