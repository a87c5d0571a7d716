package org.badgemanager.badgesets;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;

/** A sandbox portal as a badge-set side: its client and its badge service with a journal in a data folder. */
record SetPortals(SandboxPortal portal, BitrixClient client, BadgeService badges, SafetyNet net) {

    /** {@code home}: the data folder whose edit journal and Recently deleted list this portal gets. */
    static SetPortals of(SandboxPortal portal, Path home) {
        BitrixClient client = Portals.webhookClient(portal);
        SafetyNet net = SafetyNets.in(home).forPortal(SafetyNets.portalKey(URI.create(portal.webhookUrl())));
        return new SetPortals(portal, client, new BadgeService(client, Duration.ofMillis(20), net), net);
    }

    BadgeSet set() {
        return BadgeSet.fromPortal(badges);
    }

    PlanApplier applier() {
        return new PlanApplier(badges, client);
    }
}
