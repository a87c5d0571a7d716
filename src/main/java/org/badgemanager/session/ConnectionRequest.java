package org.badgemanager.session;

import org.badgemanager.settings.ConnectionKind;

/** What the connection form holds, secrets included; never logged ({@link #toString()} hides them). */
public record ConnectionRequest(String profileId, String name, ConnectionKind kind, String webhookUrl,
                                String clientEndpoint, String serverEndpoint, String clientId,
                                String clientSecret, String accessToken, String refreshToken) {

    public static ConnectionRequest sandbox() {
        return new ConnectionRequest(null, null, ConnectionKind.SANDBOX, null, null, null, null, null, null, null);
    }

    public static ConnectionRequest webhook(String url) {
        return new ConnectionRequest(null, null, ConnectionKind.WEBHOOK, url, null, null, null, null, null, null);
    }

    public ConnectionRequest withProfileId(String id) {
        return new ConnectionRequest(id, name, kind, webhookUrl, clientEndpoint, serverEndpoint, clientId,
                clientSecret, accessToken, refreshToken);
    }

    @Override
    public String toString() {
        return "ConnectionRequest[" + kind + ", profile " + profileId + "]";
    }
}
