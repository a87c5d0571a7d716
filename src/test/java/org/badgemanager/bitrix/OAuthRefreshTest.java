package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth: an expired token is renewed once, even by concurrent calls, and the new tokens reach the app. */
class OAuthRefreshTest {
    private SandboxPortal portal;
    private final List<OAuthTokens> renewed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private BitrixClient oauthClient() {
        OAuthConnection connection = new OAuthConnection(URI.create(portal.clientEndpoint()),
                URI.create(portal.serverEndpoint()), portal.clientId(), portal.clientSecret(),
                new OAuthTokens(portal.accessToken(), portal.refreshToken(), Instant.now()), renewed::add);
        return new BitrixClient(connection, Portals.fastOptions());
    }

    @Test
    void callsGoToTheClientEndpointWithTheTokenInAuth() {
        BitrixClient client = oauthClient();
        assertThat(new BadgeService(client).list()).isNotEmpty();
        var request = portal.requests("crm.activity.badge.list").get(0);
        assertThat(request.params().path("auth").asText()).isEqualTo(portal.accessToken());
        assertThat(request.params().has("client_secret")).isFalse();
    }

    @Test
    void twoConcurrentCallsWithAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        BitrixClient client = oauthClient();
        portal.expireAccessToken();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<BitrixResponse>> calls = List.of(
                    pool.submit(() -> { go.await(); return client.call("crm.activity.badge.list"); }),
                    pool.submit(() -> { go.await(); return client.call("crm.activity.badge.get",
                            Json.object().put("code", "missedCall")); }));
            go.countDown();
            for (Future<BitrixResponse> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).result()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(portal.refreshCount()).isEqualTo(1);
        assertThat(renewed).hasSize(1);
        assertThat(renewed.get(0).accessToken()).isEqualTo(portal.accessToken());
        assertThat(renewed.get(0).refreshToken()).isEqualTo(portal.refreshToken());
    }

    @Test
    void aRevokedRefreshTokenIsInvalidGrantAndTheCallIsNotLooped() {
        BitrixClient client = oauthClient();
        portal.expireAccessToken();
        portal.revokeRefreshToken();
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> client.call("crm.activity.badge.list"));
        assertThat(e.code()).isEqualTo("invalid_grant");
        assertThat(e.getMessage()).doesNotContain(portal.clientSecret());
        assertThat(renewed).isEmpty();
        assertThat(portal.requests("crm.activity.badge.list")).hasSize(1);
    }

    @Test
    void plainHttpIsRefusedForAnyHostButThisComputer() {
        OAuthTokens tokens = new OAuthTokens("a", "r", Instant.now());
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new OAuthConnection(
                URI.create("http://portal.example.com/rest/"), URI.create("https://oauth.bitrix.info/"),
                "id", "secret", tokens, null))).isNotNull();
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new OAuthConnection(
                URI.create("https://portal.example.com/rest/"), URI.create("http://oauth.example.com/"),
                "id", "secret", tokens, null))).isNotNull();
    }
}
