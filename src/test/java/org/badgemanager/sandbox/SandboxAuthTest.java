package org.badgemanager.sandbox;

import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.get;
import static org.badgemanager.sandbox.SandboxHttp.postForm;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxAuthTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());

    @Test
    void webhookUrlHasTheDocumentedShape() {
        assertThat(sandbox.portal().baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.portal().port());
        assertThat(sandbox.portal().webhookCode()).matches("[a-z0-9]{16}");
        assertThat(sandbox.portal().webhookUrl()).isEqualTo(sandbox.portal().baseUrl() + "/rest/1/" + sandbox.portal().webhookCode() + "/");
        assertThat(sandbox.portal().webhookUrlForUser(7)).startsWith(sandbox.portal().baseUrl() + "/rest/7/").endsWith("/");
        assertThat(sandbox.portal().clientEndpoint()).isEqualTo(sandbox.portal().baseUrl() + "/rest/");
        assertThat(sandbox.portal().serverEndpoint()).isEqualTo(sandbox.portal().baseUrl() + "/oauth/rest/");
    }

    @Test
    void adminWebhookCallSucceedsWithTimeEnvelope() {
        Reply reply = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(reply.result().get("badges")).hasSize(7);
        assertThat(reply.json().get("total").asInt()).isEqualTo(7);
        var time = reply.json().get("time");
        assertThat(time.get("start").isDouble()).isTrue();
        assertThat(time.get("finish").asDouble()).isGreaterThanOrEqualTo(time.get("start").asDouble());
        assertThat(time.has("duration")).isTrue();
        assertThat(time.has("processing")).isTrue();
        assertThat(time.get("date_start").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(time.get("date_finish").asText()).matches("\\d{4}-.*[+-]\\d\\d:\\d\\d");
        assertThat(time.get("operating").asInt()).isZero();
        assertThat(time.get("operating_reset_at").isIntegralNumber()).isTrue();
    }

    @Test
    void wrongWebhookCodeOrUnknownUserIsRejected() {
        Reply wrongCode = postJson(sandbox.portal().baseUrl() + "/rest/1/wrongcode0000000/crm.activity.badge.list", "{}");
        Reply unknownUser = postJson(sandbox.portal().webhookUrlForUser(99) + "crm.activity.badge.list", "{}");
        Reply otherUsersCode = postJson(sandbox.portal().baseUrl() + "/rest/7/" + sandbox.portal().webhookCode()
                + "/crm.activity.badge.list", "{}");

        for (Reply reply : new Reply[]{wrongCode, unknownUser, otherUsersCode}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.error()).isEqualTo("NO_AUTH_FOUND");
            assertThat(reply.errorDescription()).isEqualTo("Wrong webhook code or user");
        }
    }

    @Test
    void nonAdminWebhookCanReadButNotWrite() {
        String user7 = sandbox.portal().webhookUrlForUser(7);

        assertThat(postJson(user7 + "crm.activity.badge.get", Map.of("code", "missedCall")).status())
                .isEqualTo(200);
        Reply add = postJson(user7 + "crm.activity.badge.add",
                Map.of("code", "x", "title", "T", "value", "V", "type", "primary"));
        assertThat(add.status()).isEqualTo(400);
        assertThat(add.error()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void oauthTokenWorksInBodyAndInQuery() {
        Reply inBody = postJson(sandbox.portal().clientEndpoint() + "crm.activity.badge.get",
                Map.of("code", "missedCall", "auth", sandbox.portal().accessToken()));
        Reply inQuery = get(sandbox.portal().clientEndpoint() + "crm.activity.badge.get?code=missedCall&auth="
                + sandbox.portal().accessToken());

        assertThat(inBody.status()).isEqualTo(200);
        assertThat(inBody.result().at("/badge/title").asText()).isEqualTo("Call Status");
        assertThat(inQuery.status()).isEqualTo(200);
    }

    @Test
    void oauthWithoutOrWithUnknownTokenIsRejected() {
        Reply missing = postJson(sandbox.portal().clientEndpoint() + "crm.activity.badge.list", "{}");
        Reply unknown = postJson(sandbox.portal().clientEndpoint() + "crm.activity.badge.list", Map.of("auth", "nope"));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error()).isEqualTo("NO_AUTH_FOUND");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.error()).isEqualTo("invalid_token");
        assertThat(unknown.errorDescription()).isEqualTo("The access token provided is invalid.");
    }

    @Test
    void expiredTokenIsRefreshedAndTheOldRefreshTokenDies() {
        String oldAccess = sandbox.portal().accessToken();
        String oldRefresh = sandbox.portal().refreshToken();
        sandbox.portal().expireAccessToken();

        Reply expired = postJson(sandbox.portal().clientEndpoint() + "crm.activity.badge.list", Map.of("auth", oldAccess));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).isEqualTo("expired_token");
        assertThat(expired.errorDescription()).isEqualTo("The access token provided has expired.");

        Reply refreshed = postForm(sandbox.portal().baseUrl() + "/oauth/token/", refreshForm(oldRefresh));
        assertThat(refreshed.status()).isEqualTo(200);
        var grant = refreshed.json();
        assertThat(grant.get("access_token").asText()).isNotEqualTo(oldAccess).isEqualTo(sandbox.portal().accessToken());
        assertThat(grant.get("refresh_token").asText()).isNotEqualTo(oldRefresh).isEqualTo(sandbox.portal().refreshToken());
        assertThat(grant.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(grant.get("expires").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(grant.get("client_endpoint").asText()).isEqualTo(sandbox.portal().clientEndpoint());
        assertThat(grant.get("server_endpoint").asText()).isEqualTo(sandbox.portal().serverEndpoint());
        assertThat(grant.get("domain").asText()).isEqualTo("127.0.0.1");
        assertThat(grant.get("member_id").asText()).isNotBlank();
        assertThat(grant.get("scope").asText()).isEqualTo("crm");
        assertThat(grant.get("status").asText()).isEqualTo("L");
        assertThat(grant.get("user_id").asInt()).isEqualTo(1);
        assertThat(sandbox.portal().refreshCount()).isEqualTo(1);

        Reply withNew = postJson(sandbox.portal().clientEndpoint() + "crm.activity.badge.list",
                Map.of("auth", grant.get("access_token").asText()));
        assertThat(withNew.status()).isEqualTo(200);

        Reply reused = postForm(sandbox.portal().baseUrl() + "/oauth/token/", refreshForm(oldRefresh));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.error()).isEqualTo("invalid_grant");
        assertThat(sandbox.portal().refreshCount()).isEqualTo(1);
    }

    @Test
    void refreshWorksAsGetQueryWithoutTrailingSlash() {
        Reply refreshed = get(sandbox.portal().baseUrl() + "/oauth/token?" + refreshForm(sandbox.portal().refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("access_token").asText()).isEqualTo(sandbox.portal().accessToken());
    }

    @Test
    void refreshWithWrongClientOrRevokedTokenFails() {
        Reply wrongSecret = get(sandbox.portal().baseUrl() + "/oauth/token/?grant_type=refresh_token&client_id="
                + sandbox.portal().clientId() + "&client_secret=wrong&refresh_token=" + sandbox.portal().refreshToken());
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.error()).isEqualTo("invalid_client");

        sandbox.portal().revokeRefreshToken();
        Reply revoked = postForm(sandbox.portal().baseUrl() + "/oauth/token/", refreshForm(sandbox.portal().refreshToken()));
        assertThat(revoked.status()).isEqualTo(400);
        assertThat(revoked.error()).isEqualTo("invalid_grant");
        assertThat(sandbox.portal().refreshCount()).isZero();
    }

    @Test
    void tokenEndpointIsNeitherRecordedNorRateLimited() {
        sandbox.portal().setRateLimit(1, 1);
        postForm(sandbox.portal().baseUrl() + "/oauth/token/", refreshForm(sandbox.portal().refreshToken()));
        postForm(sandbox.portal().baseUrl() + "/oauth/token/", refreshForm(sandbox.portal().refreshToken()));

        assertThat(sandbox.portal().refreshCount()).isEqualTo(2);
        assertThat(sandbox.portal().requests()).isEmpty();
        assertThat(sandbox.portal().rateLimitStats().accepted()).isZero();
    }

    @Test
    void unknownMethodAnswers404() {
        Reply reply = postJson(sandbox.portal().webhookUrl() + "crm.nothing.here", "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(reply.errorDescription()).isEqualTo("Method not found!");
    }

    @Test
    void fixedWebhookCodeIsUsedAndOtherUsersGetStableCodes() {
        try (SandboxPortal a = SandboxPortal.start(SandboxConfig.defaults().webhookCode("sandboxdemo0000000"));
             SandboxPortal b = SandboxPortal.start(SandboxConfig.defaults().webhookCode("sandboxdemo0000000"))) {
            assertThat(a.webhookCode()).isEqualTo("sandboxdemo0000000");
            assertThat(a.webhookUrlForUser(7)).isEqualTo(b.webhookUrlForUser(7).replace(b.baseUrl(), a.baseUrl()));
            assertThat(postJson(a.webhookUrlForUser(7) + "crm.activity.badge.list", "{}").status()).isEqualTo(200);
        }
    }

    private String refreshForm(String refreshToken) {
        return "grant_type=refresh_token&client_id=" + sandbox.portal().clientId() + "&client_secret="
                + sandbox.portal().clientSecret() + "&refresh_token=" + refreshToken;
    }
}
