package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the answers of an OAuth token server become tokens or errors, and what the renewal request carries. */
class TokenServerAnswersTest {
    private HttpServer server;
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile String answer;
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth/token/", exchange -> {
            forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OAuthTokens refresh() {
        URI tokenUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token/");
        return new TokenRefresher(new HttpTransport(Portals.fastOptions()))
                .refresh(tokenUri, "local.app 1", "s3cr*t&", "refresh=old");
    }

    @Test
    void theExpiryIsTheServersUnixSecondWhenItSendsOne() {
        answer = "{\"access_token\":\"new-a\",\"refresh_token\":\"new-r\",\"expires\":1700000000,\"expires_in\":3600}";

        OAuthTokens tokens = refresh();

        assertThat(tokens.accessToken()).isEqualTo("new-a");
        assertThat(tokens.refreshToken()).isEqualTo("new-r");
        assertThat(tokens.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void withoutAnExpiryTheLifetimeCountsFromNow() {
        answer = "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":600}";
        Instant before = Instant.now();

        OAuthTokens tokens = refresh();

        assertThat(tokens.expiresAt()).isBetween(before.plusSeconds(600), Instant.now().plusSeconds(600));
    }

    @Test
    void theFormCarriesTheGrantEncodedLikePhp() {
        answer = "{\"access_token\":\"a\",\"refresh_token\":\"r\"}";

        refresh();

        assertThat(forms).containsExactly("grant_type=refresh_token&client_id=local.app+1"
                + "&client_secret=s3cr%2At%26&refresh_token=refresh%3Dold");
    }

    @Test
    void anErrorAnswerBecomesItsCode() {
        status = 400;
        answer = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}";

        BitrixException e = catchThrowableOfType(BitrixException.class, this::refresh);

        assertThat(e.code()).isEqualTo("invalid_grant");
        assertThat(e.description()).isEqualTo("Invalid refresh token");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.method()).isEqualTo("oauth.token");
    }

    @Test
    void anAnswerWithoutBothTokensOrWithoutJsonIsUnexpected() {
        answer = "{\"access_token\":\"a\"}";
        assertThat(catchThrowableOfType(BitrixException.class, this::refresh).code())
                .isEqualTo(BitrixException.UNEXPECTED_RESPONSE);

        answer = "<html>Bad gateway</html>";
        status = 502;
        BitrixException e = catchThrowableOfType(BitrixException.class, this::refresh);
        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(502);
    }
}
