package org.badgemanager.ui.sets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.badgemanager.badges.Badge;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.Messages;

/**
 * One side of a comparison as the user picked it: the connected portal (all its badges, or only the ones selected
 * in the badge table), a badge-set file, or the portal of another saved profile.
 */
public sealed interface SideChoice {

    /** What the side's chooser says. */
    String label(Messages messages);

    /** The bare name: the portal's or profile's, or the file's. */
    String name();

    /** Whether a plan may change this side (a portal); a file is only read. */
    default boolean changeable() {
        return true;
    }

    /** The connected portal, every badge. */
    record Connected(String portalName) implements SideChoice {
        @Override
        public String name() {
            return portalName;
        }

        @Override
        public String label(Messages messages) {
            return messages.get("sets.side.connected", portalName);
        }
    }

    /** The badges selected in the badge table of the connected portal, as the table shows them. */
    record Selection(String portalName, List<Badge> badges) implements SideChoice {
        @Override
        public String name() {
            return portalName;
        }

        public Selection {
            badges = List.copyOf(badges);
        }

        @Override
        public String label(Messages messages) {
            return messages.get("sets.side.selection", badges.size(), portalName);
        }

        @Override
        public boolean changeable() {
            return false; // a part of a portal: "extra" badges on it would be every badge not selected
        }
    }

    /** A badge-set file (JSON, or CSV of the texts). */
    record File(Path path) implements SideChoice {
        @Override
        public String name() {
            return path.getFileName().toString();
        }

        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String label(Messages messages) {
            return messages.get("sets.side.file", path.getFileName());
        }

        @Override
        public boolean changeable() {
            return false;
        }
    }

    /** The portal of a saved profile, opened for the comparison. */
    record SavedProfile(Profile profile) implements SideChoice {
        @Override
        public String name() {
            return profile.name();
        }

        @Override
        public String label(Messages messages) {
            return messages.get("sets.side.profile", profile.name());
        }
    }
}
