package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A local OAuth app: calls go to the portal's {@code client_endpoint} with the access token in {@code auth};
 * an expired token is renewed through the OAuth server that {@code server_endpoint} names. The client secret
 * only ever travels to that OAuth server, never to the portal.
 */
public final class OAuthConnection implements Connection {
    private final URI clientEndpoint;
    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Consumer<OAuthTokens> onRenewed;
    private volatile OAuthTokens tokens;

    public OAuthConnection(URI clientEndpoint, URI serverEndpoint, String clientId, String clientSecret,
                           OAuthTokens tokens, Consumer<OAuthTokens> onRenewed) {
        this.clientEndpoint = requireSecure(withTrailingSlash(clientEndpoint), "client endpoint");
        this.tokenUri = requireSecure(tokenUriOf(serverEndpoint), "OAuth server");
        this.clientId = Objects.requireNonNull(clientId);
        this.clientSecret = Objects.requireNonNull(clientSecret);
        this.tokens = Objects.requireNonNull(tokens);
        this.onRenewed = onRenewed == null ? t -> { } : onRenewed;
    }

    /** The token endpoint lives at {@code /oauth/token/} on the host of {@code server_endpoint}. */
    static URI tokenUriOf(URI serverEndpoint) {
        return URI.create(serverEndpoint.getScheme() + "://" + serverEndpoint.getRawAuthority() + "/oauth/token/");
    }

    private static URI withTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    private static URI requireSecure(URI uri, String what) {
        if (uri.getHost() == null || !SecureEndpoint.isAllowed(uri)) {
            throw new IllegalArgumentException("The " + what + " must be an https:// address (http only for this computer)");
        }
        return uri;
    }

    @Override
    public URI methodUri(String method) {
        return clientEndpoint.resolve(method);
    }

    @Override
    public void authorize(ObjectNode params) {
        params.put("auth", tokens.accessToken());
    }

    @Override
    public String portalHost() {
        return clientEndpoint.getHost();
    }

    @Override
    public String maskedDescription() {
        return "OAuth app " + clientId + " @ " + clientEndpoint;
    }

    /** The app's client id: not a secret (the portal shows it in PROVIDER_PARAMS of the activities the app made). */
    public String clientId() {
        return clientId;
    }

    public OAuthTokens tokens() {
        return tokens;
    }

    /**
     * Renews the tokens unless someone already did since {@code staleAccessToken} was used. Synchronized so
     * that concurrent calls hitting {@code expired_token} cause exactly one refresh (single flight).
     */
    synchronized void refresh(String staleAccessToken, TokenRefresher refresher) {
        if (!tokens.accessToken().equals(staleAccessToken)) {
            return;
        }
        OAuthTokens renewed = refresher.refresh(tokenUri, clientId, clientSecret, tokens.refreshToken());
        tokens = renewed;
        onRenewed.accept(renewed);
    }

    @Override
    public String toString() {
        return maskedDescription();
    }
}
