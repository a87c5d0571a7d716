package org.badgemanager.bitrix;

/**
 * What the OAuth server gives for an authorization code: the tokens, and where to call the portal
 * ({@code client_endpoint}) and renew them ({@code server_endpoint}). {@link #toString()} shows no token.
 */
public record OAuthGrant(OAuthTokens tokens, String clientEndpoint, String serverEndpoint) {
}
