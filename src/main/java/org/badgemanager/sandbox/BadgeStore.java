package org.badgemanager.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Badges by code in insertion order. Not thread-safe: used only under the {@link PortalState} lock. */
final class BadgeStore {

    private final Map<String, SandboxBadge> byCode = new LinkedHashMap<>();

    Optional<SandboxBadge> find(String code) {
        return Optional.ofNullable(byCode.get(code)).map(SandboxBadge::copy);
    }

    boolean contains(String code) {
        return byCode.containsKey(code);
    }

    List<SandboxBadge> all() {
        List<SandboxBadge> copies = new ArrayList<>();
        byCode.values().forEach(badge -> copies.add(badge.copy()));
        return copies;
    }

    /** Adds or replaces (replacing is for test seeding; the REST method refuses duplicates). */
    void put(SandboxBadge badge) {
        byCode.put(badge.code(), badge.copy());
    }

    boolean remove(String code) {
        return byCode.remove(code) != null;
    }
}
