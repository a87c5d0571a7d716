package org.badgemanager.sandbox;

import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.get;
import static org.badgemanager.sandbox.SandboxHttp.postForm;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxRecordingTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());

    @Test
    void everyCallIsRecordedInOrderWithItsOutcome() {
        Instant before = Instant.now();
        postJson(sandbox.portal().webhookUrl() + "CRM.Activity.Badge.Add.json",
                Map.of("code", "rec", "title", Map.of("en", "T"), "value", "V", "type", "primary"));
        get(sandbox.portal().webhookUrl() + "crm.activity.badge.get?code=nope");
        postJson(sandbox.portal().baseUrl() + "/rest/1/wrong/crm.activity.badge.list", "{}");

        var requests = sandbox.portal().requests();

        assertThat(requests).hasSize(3);
        RecordedRequest add = requests.get(0);
        assertThat(add.method()).isEqualTo("crm.activity.badge.add");
        assertThat(add.httpMethod()).isEqualTo("POST");
        assertThat(add.path()).isEqualTo("/rest/1/" + sandbox.portal().webhookCode() + "/CRM.Activity.Badge.Add.json");
        assertThat(add.params().at("/title/en").asText()).isEqualTo("T");
        assertThat(add.status()).isEqualTo(200);
        assertThat(add.errorCode()).isNull();
        assertThat(add.receivedAt()).isAfterOrEqualTo(before.minusMillis(1));

        RecordedRequest notFound = requests.get(1);
        assertThat(notFound.httpMethod()).isEqualTo("GET");
        assertThat(notFound.params().get("code").asText()).isEqualTo("nope");
        assertThat(notFound.status()).isEqualTo(400);
        assertThat(notFound.errorCode()).isEqualTo("NOT_FOUND");

        assertThat(requests.get(2).status()).isEqualTo(401);
        assertThat(requests.get(2).errorCode()).isEqualTo("NO_AUTH_FOUND");
    }

    @Test
    void oauthAuthParamAndEmptyLegacyCodesAreKeptAsSent() {
        postForm(sandbox.portal().clientEndpoint() + "crm.activity.get", "id=999999&auth=" + sandbox.portal().accessToken());

        RecordedRequest request = sandbox.portal().requests("crm.activity.get").get(0);
        assertThat(request.params().get("auth").asText()).isEqualTo(sandbox.portal().accessToken());
        assertThat(request.path()).isEqualTo("/rest/crm.activity.get");
        assertThat(request.errorCode()).isEmpty();
    }

    @Test
    void requestsCanBeFilteredAndCleared() {
        postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{}");
        postJson(sandbox.portal().webhookUrl() + "batch", Map.of("cmd", Map.of("a", "crm.activity.badge.list")));
        postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{}");

        assertThat(sandbox.portal().requests("crm.activity.badge.list")).hasSize(2);
        assertThat(sandbox.portal().requests("CRM.ACTIVITY.BADGE.LIST.json")).hasSize(2);
        assertThat(sandbox.portal().requests("batch")).hasSize(1);

        sandbox.portal().clearRequests();
        assertThat(sandbox.portal().requests()).isEmpty();
    }

    @Test
    void recordedParamsAreSnapshotsNotLiveState() {
        postJson(sandbox.portal().webhookUrl() + "batch", Map.of("cmd", Map.of("a", "crm.activity.badge.list")));

        RecordedRequest batch = sandbox.portal().requests("batch").get(0);
        assertThat(batch.params().at("/cmd/a").asText()).isEqualTo("crm.activity.badge.list");
    }
}
