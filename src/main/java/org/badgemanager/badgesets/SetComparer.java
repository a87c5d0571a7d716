package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds {@link SetComparison}s. */
final class SetComparer {
    private SetComparer() {
    }

    static SetComparison compare(BadgeSet left, BadgeSet right) {
        throw new UnsupportedOperationException("TODO");
    }

    static ObjectNode toJson(SetComparison comparison) {
        throw new UnsupportedOperationException("TODO");
    }
}
