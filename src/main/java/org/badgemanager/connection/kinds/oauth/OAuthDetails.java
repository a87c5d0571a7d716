package org.badgemanager.connection.kinds.oauth;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.OAuthGrant;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.settings.ConnectionKind;

/**
 * A local OAuth app on one portal: what the admin enters once (portal address, client id, client secret), the
 * loopback port of its handler address, and, once signed in, the tokens and the addresses the OAuth server named.
 *
 * @param tokens          null until signed in
 * @param clientEndpoint  the portal's REST address as the OAuth server gave it; null until signed in
 * @param serverEndpoint  the OAuth server's REST address (renewals go to its {@code /oauth/token/}); null until then
 */
public record OAuthDetails(String portal, String clientId, String clientSecret, int handlerPort, OAuthTokens tokens,
                           String clientEndpoint, String serverEndpoint, PortalTrust trust)
        implements ConnectionDetails {

    public OAuthDetails {
        trust = trust == null ? PortalTrust.DEFAULT : trust;
    }

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.OAUTH;
    }

    public boolean signedIn() {
        return tokens != null && clientEndpoint != null && serverEndpoint != null;
    }

    public OAuthDetails withGrant(OAuthGrant grant, String fallbackClientEndpoint, String fallbackServer) {
        return new OAuthDetails(portal, clientId, clientSecret, handlerPort, grant.tokens(),
                grant.clientEndpoint() == null ? fallbackClientEndpoint : grant.clientEndpoint(),
                grant.serverEndpoint() == null ? fallbackServer : grant.serverEndpoint(), trust);
    }

    public OAuthDetails withTokens(OAuthTokens renewed) {
        return new OAuthDetails(portal, clientId, clientSecret, handlerPort, renewed, clientEndpoint, serverEndpoint,
                trust);
    }

    /** The address the local app's form must name as its handler, and the sign-in listens on. */
    public String handlerAddress() {
        return "http://127.0.0.1:" + handlerPort + "/";
    }

    @Override
    public List<String> secretValues() {
        List<String> values = new ArrayList<>();
        values.add(clientSecret);
        if (tokens != null) {
            values.add(tokens.accessToken());
            values.add(tokens.refreshToken());
        }
        return values;
    }

    @Override
    public String toString() {
        return "OAuthDetails[" + portal + ", " + clientId + ", signed in: " + signedIn() + "]";
    }
}
