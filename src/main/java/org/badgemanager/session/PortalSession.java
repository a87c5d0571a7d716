package org.badgemanager.session;

import org.badgemanager.activities.ActivityService;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.settings.ConnectionKind;

/** Everything that talks to one connected portal. */
public record PortalSession(String displayName, ConnectionKind kind, BitrixClient client, BadgeService badges,
                            ActivityService activities) {

    public static PortalSession of(String displayName, ConnectionKind kind, BitrixClient client) {
        return new PortalSession(displayName, kind, client, new BadgeService(client), new ActivityService(client));
    }
}
