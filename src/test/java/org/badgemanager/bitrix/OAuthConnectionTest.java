package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an OAuth connection sends calls, and what it shows of itself. */
class OAuthConnectionTest {
    private static final OAuthTokens TOKENS = new OAuthTokens("access-7f3e", "refresh-91ab", Instant.EPOCH);

    private static OAuthConnection connection(String clientEndpoint) {
        return new OAuthConnection(URI.create(clientEndpoint), URI.create("https://oauth.bitrix.info/rest/"),
                "local.app.42", "client-secret-77", TOKENS, null);
    }

    @Test
    void methodsResolveUnderTheClientEndpointWithOrWithoutItsTrailingSlash() {
        assertThat(connection("https://portal.example.com/rest").methodUri("crm.activity.badge.list"))
                .isEqualTo(URI.create("https://portal.example.com/rest/crm.activity.badge.list"));
        assertThat(connection("https://portal.example.com/rest/").methodUri("crm.activity.badge.list"))
                .isEqualTo(URI.create("https://portal.example.com/rest/crm.activity.badge.list"));
    }

    @Test
    void theTokenServerIsOauthTokenOnTheServerEndpointsHost() {
        assertThat(OAuthConnection.tokenUriOf(URI.create("https://oauth.bitrix.info/rest/")))
                .isEqualTo(URI.create("https://oauth.bitrix.info/oauth/token/"));
        assertThat(OAuthConnection.tokenUriOf(URI.create("http://127.0.0.1:18024/oauth/rest/")))
                .isEqualTo(URI.create("http://127.0.0.1:18024/oauth/token/"));
    }

    @Test
    void theAccessTokenGoesInAuth() {
        var params = Json.object().put("code", "x");
        connection("https://portal.example.com/rest/").authorize(params);
        assertThat(params.path("auth").asText()).isEqualTo("access-7f3e");
        assertThat(params.path("code").asText()).isEqualTo("x");
    }

    @Test
    void itNamesThePortalAndTheAppButNoSecret() {
        OAuthConnection connection = connection("https://portal.example.com/rest/");

        assertThat(connection.portalHost()).isEqualTo("portal.example.com");
        assertThat(connection.maskedDescription())
                .isEqualTo("OAuth app local.app.42 @ https://portal.example.com/rest/");
        assertThat(connection).hasToString(connection.maskedDescription());
        assertThat(connection.tokens()).isSameAs(TOKENS);
        assertThat(TOKENS.toString()).doesNotContain("access-7f3e", "refresh-91ab").contains("1970-01-01");
    }

    @Test
    void aTokenThatWasAlreadyRenewedByAnotherCallIsNotRenewedAgain() {
        List<OAuthTokens> renewed = new ArrayList<>();
        OAuthConnection connection = new OAuthConnection(URI.create("https://portal.example.com/rest/"),
                URI.create("https://oauth.bitrix.info/rest/"), "id", "secret", TOKENS, renewed::add);

        // a refresher that must not be reached: the stale token is not the current one
        connection.refresh("an-older-token", null);

        assertThat(connection.tokens()).isSameAs(TOKENS);
        assertThat(renewed).isEmpty();
    }
}
