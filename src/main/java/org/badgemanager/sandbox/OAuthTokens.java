package org.badgemanager.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The local OAuth application and its tokens. Access tokens live an hour (or until expired on purpose); only the
 * newest refresh token is valid, each refresh issues a new pair.
 */
final class OAuthTokens {

    static final Duration ACCESS_LIFETIME = Duration.ofHours(1);

    private final String clientId = "local." + RandomTokens.hex(14) + "." + RandomTokens.digits(8);
    private final String clientSecret = RandomTokens.alnum(50);
    private final String memberId = RandomTokens.hex(32);
    private final Map<String, Instant> accessExpiry = new HashMap<>();
    private String accessToken;
    private String refreshToken;
    private boolean refreshRevoked;
    private int refreshCount;
    /** The local app's handler path, where the authorize page redirects; null until the admin entered one. */
    private String handlerUrl;
    private final Map<String, Instant> codes = new HashMap<>();
    private int codeExchanges;

    OAuthTokens() {
        issuePair();
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String memberId() {
        return memberId;
    }

    synchronized String accessToken() {
        return accessToken;
    }

    synchronized String refreshToken() {
        return refreshToken;
    }

    synchronized int refreshCount() {
        return refreshCount;
    }

    /** Checks an access token sent in {@code auth}; throws the 401 the portal would send. */
    synchronized void authenticate(String token) {
        Instant expiresAt = accessExpiry.get(token);
        if (expiresAt == null) {
            throw new RestError(401, "invalid_token", "The access token provided is invalid.");
        }
        if (!Instant.now().isBefore(expiresAt)) {
            throw new RestError(401, "expired_token", "The access token provided has expired.");
        }
    }

    synchronized void expireAccessToken() {
        accessExpiry.put(accessToken, Instant.EPOCH);
    }

    synchronized void revokeRefreshToken() {
        refreshRevoked = true;
    }

    /** The admin authorizes the app again: a fresh pair, the old ones forgotten. */
    synchronized void reauthorize() {
        accessExpiry.clear();
        issuePair();
    }

    /** A freshly issued token pair. */
    record Grant(String accessToken, String refreshToken, Instant expiresAt) {
    }

    /** Exchanges a refresh token for a new pair; throws {@link RestError} with the OAuth server's error. */
    synchronized Grant refresh(String givenClientId, String givenSecret, String givenRefreshToken) {
        if (!clientId.equals(givenClientId) || !clientSecret.equals(givenSecret)) {
            throw new RestError(401, "invalid_client", "The client credentials are invalid.");
        }
        if (refreshRevoked || !refreshToken.equals(givenRefreshToken)) {
            throw new RestError(400, "invalid_grant", "The refresh token provided is invalid.");
        }
        issuePair();
        refreshCount++;
        return new Grant(accessToken, refreshToken, accessExpiry.get(accessToken));
    }

    /** An authorization code lives 30 seconds and serves once. */
    static final Duration CODE_LIFETIME = Duration.ofSeconds(30);

    synchronized void registerHandler(String url) {
        handlerUrl = url;
    }

    synchronized String handlerUrl() {
        return handlerUrl;
    }

    synchronized String issueCode() {
        String code = RandomTokens.lowerAlnum(40);
        codes.put(code, Instant.now().plus(CODE_LIFETIME));
        return code;
    }

    /** Every code issued so far expires now (as if the user took longer than 30 seconds). */
    synchronized void expireCodes() {
        codes.replaceAll((code, until) -> Instant.EPOCH);
    }

    synchronized int codeExchanges() {
        return codeExchanges;
    }

    /** Exchanges an authorization code for a new pair; a code serves once. */
    synchronized Grant exchangeCode(String givenClientId, String givenSecret, String code) {
        codeExchanges++;
        if (!clientId.equals(givenClientId) || !clientSecret.equals(givenSecret)) {
            throw new RestError(401, "invalid_client", "The client credentials are invalid.");
        }
        Instant until = codes.remove(code);
        if (until == null || !Instant.now().isBefore(until)) {
            throw new RestError(400, "invalid_grant", "The authorization code is invalid or has expired.");
        }
        accessExpiry.clear();
        issuePair();
        return new Grant(accessToken, refreshToken, accessExpiry.get(accessToken));
    }

    private void issuePair() {
        accessToken = RandomTokens.lowerAlnum(70);
        refreshToken = RandomTokens.lowerAlnum(70);
        refreshRevoked = false;
        accessExpiry.put(accessToken, Instant.now().plus(ACCESS_LIFETIME));
    }
}
