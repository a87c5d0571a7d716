package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.PortalSession;

/**
 * A badge-set file compared with the badges a connected portal holds now (file left, portal right), and the
 * first fields of the command's {@code --json} document, which name both sides: what {@code compare} and
 * {@code apply} start from.
 */
record FileAgainstPortal(SetComparison comparison, ObjectNode document) {

    static FileAgainstPortal compare(Path file, BadgeSet wanted, PortalSession session, PortalConnector connector) {
        BadgeSet now = connector.read(() -> BadgeSet.fromPortal(session.badges()));
        SetComparison comparison = SetComparison.compare(wanted, now);
        ObjectNode document = Json.object();
        document.put("file", file.toAbsolutePath().toString());
        document.put("portal", session.displayName());
        return new FileAgainstPortal(comparison, document);
    }
}
