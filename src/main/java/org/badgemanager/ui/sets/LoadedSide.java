package org.badgemanager.ui.sets;

import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.session.PortalSession;

/**
 * A side read for a comparison: the set it holds and, for a whole portal, the session a plan would change it
 * through (null for a file or a selection, which a plan never changes).
 */
public record LoadedSide(SideChoice choice, BadgeSet set, PortalSession portal) {

    public boolean changeable() {
        return portal != null && choice.changeable();
    }
}
