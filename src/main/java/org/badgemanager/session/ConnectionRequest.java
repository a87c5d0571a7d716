package org.badgemanager.session;

import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.kinds.sandbox.SandboxDetails;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.settings.ConnectionKind;

/**
 * What the connection form holds: the profile it belongs to (null: new), its name, and its kind's details, secrets
 * included; never logged ({@link #toString()} hides them).
 */
public record ConnectionRequest(String profileId, String name, ConnectionDetails details) {

    public static ConnectionRequest sandbox() {
        return new ConnectionRequest(null, null, new SandboxDetails());
    }

    public static ConnectionRequest webhook(String url) {
        return new ConnectionRequest(null, null, new WebhookDetails(url, null));
    }

    public ConnectionKind kind() {
        return details.kind();
    }

    public ConnectionRequest withProfileId(String id) {
        return new ConnectionRequest(id, name, details);
    }

    public ConnectionRequest withDetails(ConnectionDetails changed) {
        return new ConnectionRequest(profileId, name, changed);
    }

    @Override
    public String toString() {
        return "ConnectionRequest[" + kind() + ", profile " + profileId + "]";
    }
}
