package org.badgemanager.badgesets;

import java.io.IOException;
import java.nio.file.Path;
import org.badgemanager.badges.BadgeService;

/**
 * One side of a comparison: where a set comes from and how to load it. Loading is blocking (a portal call or a
 * file read); call it off the FX thread. A loaded set is all the comparison needs ({@link SetComparison}).
 */
public interface BadgeSource {

    /** What the user sees as the side's name: a profile's name, a file name. Never a secret. */
    String name();

    BadgeSet load() throws IOException, InvalidBadgeSetException;

    /** A connected portal (the session's or another profile's): one crm.activity.badge.list. */
    static BadgeSource portal(String name, BadgeService portal) {
        return new BadgeSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BadgeSet load() {
                return BadgeSet.fromPortal(portal);
            }
        };
    }

    /** A badge-set file (JSON or CSV by its ending), checked in full. */
    static BadgeSource file(Path file) {
        return new BadgeSource() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public BadgeSet load() throws IOException, InvalidBadgeSetException {
                return BadgeSetFiles.read(file);
            }
        };
    }

    /** A set already in memory (a selection, a test). */
    static BadgeSource loaded(String name, BadgeSet set) {
        return new BadgeSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BadgeSet load() {
                return set;
            }
        };
    }
}
