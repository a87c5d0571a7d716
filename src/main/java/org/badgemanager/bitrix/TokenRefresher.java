package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;

/**
 * Asks the OAuth server for tokens: a new pair for a refresh token, or the first pair for an authorization code.
 * The form goes in the POST body, so no secret lands in a URL.
 */
public final class TokenRefresher {
    static final String METHOD = "oauth.token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private final HttpTransport transport;
    private final Recorder recorder;

    /** Where the token call goes in the request log, as every REST call does. */
    @FunctionalInterface
    interface Recorder {
        void record(String method, int attempt, int status, String code, long startedNanos, SentRequest sent,
                    Double operating);
    }

    public TokenRefresher(HttpTransport transport) {
        this(transport, (method, attempt, status, code, started, sent, operating) -> { });
    }

    TokenRefresher(HttpTransport transport, Recorder recorder) {
        this.transport = transport;
        this.recorder = recorder;
    }

    OAuthTokens refresh(URI tokenUri, String clientId, String clientSecret, String refreshToken) {
        return request(tokenUri, "grant_type=refresh_token"
                + "&client_id=" + QueryEncoder.urlencode(clientId)
                + "&client_secret=" + QueryEncoder.urlencode(clientSecret)
                + "&refresh_token=" + QueryEncoder.urlencode(refreshToken)).tokens();
    }

    /** Exchanges the code the sign-in page gave (it lives 30 seconds: call at once). */
    public OAuthGrant exchangeCode(URI tokenUri, String clientId, String clientSecret, String code) {
        return request(tokenUri, "grant_type=authorization_code"
                + "&client_id=" + QueryEncoder.urlencode(clientId)
                + "&client_secret=" + QueryEncoder.urlencode(clientSecret)
                + "&code=" + QueryEncoder.urlencode(code));
    }

    /** The token endpoint lives at {@code /oauth/token/} on the OAuth server's host. */
    public static URI tokenUriOf(URI server) {
        return URI.create(server.getScheme() + "://" + server.getRawAuthority() + "/oauth/token/");
    }

    private OAuthGrant request(URI tokenUri, String form) {
        long started = System.nanoTime();
        SentRequest sent = new SentRequest(tokenUri, FORM, form);
        int status = 0;
        try {
            HttpTransport.Reply reply = transport.post(tokenUri, FORM, form, METHOD);
            status = reply.status();
            OAuthGrant grant = read(reply);
            recorder.record(METHOD, 1, status, null, started, sent, null);
            return grant;
        } catch (BitrixException failure) {
            recorder.record(METHOD, 1, failure.httpStatus() != 0 ? failure.httpStatus() : status, failure.code(),
                    started, sent, null);
            throw failure;
        }
    }

    private static OAuthGrant read(HttpTransport.Reply reply) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(reply.body() == null ? "" : reply.body());
        } catch (java.io.IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                    "The OAuth server did not answer with JSON (HTTP " + reply.status() + ").", reply.status(), METHOD);
        }
        if (root.hasNonNull("error")) {
            throw ResponseParser.errorOf(root.get("error"), root.get("error_description"), reply.status(), METHOD);
        }
        if (!root.hasNonNull("access_token") || !root.hasNonNull("refresh_token")) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                    "The OAuth server's answer has no tokens.", reply.status(), METHOD);
        }
        Instant expires = root.hasNonNull("expires") ? Instant.ofEpochSecond(root.get("expires").asLong())
                : Instant.now().plusSeconds(root.path("expires_in").asLong(3600));
        return new OAuthGrant(new OAuthTokens(root.get("access_token").asText(), root.get("refresh_token").asText(),
                expires), root.path("client_endpoint").asText(null), root.path("server_endpoint").asText(null));
    }
}
