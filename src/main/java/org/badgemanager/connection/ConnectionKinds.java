package org.badgemanager.connection;

import java.util.List;
import org.badgemanager.connection.kinds.oauth.OAuthKind;
import org.badgemanager.connection.kinds.sandbox.SandboxKind;
import org.badgemanager.connection.kinds.webhook.WebhookKind;
import org.badgemanager.settings.ConnectionKind;

/** The registry of connection kinds, in the order the dialog offers them. Adding a kind: its folder and one line here. */
public final class ConnectionKinds {
    private static final List<ConnectionKindSupport> ALL = List.of(new SandboxKind(), new WebhookKind(),
            new OAuthKind());

    private ConnectionKinds() {
    }

    public static List<ConnectionKindSupport> all() {
        return ALL;
    }

    public static ConnectionKindSupport of(ConnectionKind kind) {
        return ALL.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such connection kind: " + kind));
    }
}
