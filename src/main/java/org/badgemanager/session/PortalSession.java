package org.badgemanager.session;

import org.badgemanager.activities.ActivityService;
import java.time.Duration;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.settings.ConnectionKind;

/** Everything that talks to one connected portal. */
public record PortalSession(String displayName, ConnectionKind kind, BitrixClient client, BadgeService badges,
                            ActivityService activities) {

    public static PortalSession of(String displayName, ConnectionKind kind, BitrixClient client) {
        return of(displayName, kind, client, SafetyNet.inMemory());
    }

    public static PortalSession of(String displayName, ConnectionKind kind, BitrixClient client, SafetyNet net) {
        return new PortalSession(displayName, kind, client, new BadgeService(client, Duration.ofSeconds(1), net),
                new ActivityService(client));
    }
}
