package org.badgemanager.session;

import java.time.Duration;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.settings.ConnectionKind;

/**
 * Everything that talks to one connected portal, and the request it was opened from (with what opening added,
 * such as the tokens of a sign-in), so that it can be remembered or signed in again.
 */
public record PortalSession(String displayName, ConnectionKind kind, BitrixClient client, BadgeService badges,
                            ActivityService activities, ConnectionRequest request) {

    public static PortalSession of(String displayName, ConnectionKind kind, BitrixClient client, SafetyNet net,
                                   ConnectionRequest request) {
        return new PortalSession(displayName, kind, client, new BadgeService(client, Duration.ofSeconds(1), net),
                new ActivityService(client), request);
    }

    /** True when calls to this portal travel unencrypted (plain http to another machine, allowed by the admin). */
    public boolean unencrypted() {
        String scheme = client.connection().methodUri("profile").getScheme();
        return "http".equalsIgnoreCase(scheme)
                && !org.badgemanager.bitrix.SecureEndpoint.isLoopback(client.connection().portalHost());
    }
}
