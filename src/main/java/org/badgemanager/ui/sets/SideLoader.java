package org.badgemanager.ui.sets;

import java.util.function.Supplier;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.PortalSession;

/**
 * Reads the side of a comparison the user chose. Blocking (REST calls, files, the secret store): never on the FX
 * thread. Another profile's portal is opened the way the start-up opens the last one: from its saved secrets,
 * without asking.
 */
public final class SideLoader {
    private final Supplier<PortalSession> connected;
    private final ConnectionService connections;

    public SideLoader(Supplier<PortalSession> connected, ConnectionService connections) {
        this.connected = connected;
        this.connections = connections;
    }

    /** @throws org.badgemanager.badgesets.InvalidBadgeSetException a file with problems, each with its line */
    public LoadedSide load(SideChoice choice) throws Exception {
        if (choice instanceof SideChoice.Selection s) {
            return new LoadedSide(choice, BadgeSet.of(s.badges()), null);
        }
        if (choice instanceof SideChoice.File f) {
            return new LoadedSide(choice, BadgeSetFiles.read(f.path()), null);
        }
        PortalSession session = choice instanceof SideChoice.SavedProfile p ? open(p) : connected.get();
        if (session == null) {
            throw new SideUnavailableException("sets.error.notConnected");
        }
        if (choice instanceof SideChoice.Connected c && !c.portalName().equals(session.displayName())) {
            // the window connected elsewhere since this side was chosen: never read, and so never change, a
            // portal other than the one the side names
            throw new SideUnavailableException("sets.error.connectionChanged", c.portalName(), session.displayName());
        }
        return new LoadedSide(choice, BadgeSet.fromPortal(session.badges()), session);
    }

    private PortalSession open(SideChoice.SavedProfile choice) {
        ConnectionRequest request = connections.restore(choice.profile());
        if (!connections.canConnectUnattended(request)) {
            throw new SideUnavailableException("sets.error.secretGone", choice.profile().name());
        }
        return connections.open(request);
    }

    /** A side that cannot be read for a reason the user can fix; the key says it in the UI's words. */
    public static final class SideUnavailableException extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        public SideUnavailableException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
