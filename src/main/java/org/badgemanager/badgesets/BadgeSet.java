package org.badgemanager.badgesets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;

/**
 * An ordered list of badges with unique codes, as a portal holds them or a file keeps them. Immutable.
 */
public record BadgeSet(List<Badge> badges) {

    public BadgeSet {
        badges = List.copyOf(badges);
        Set<String> seen = new java.util.HashSet<>();
        for (Badge b : badges) {
            if (!seen.add(b.code())) {
                throw new IllegalArgumentException("Two badges with the code " + b.code());
            }
        }
    }

    public static BadgeSet of(Collection<Badge> badges) {
        return new BadgeSet(List.copyOf(badges));
    }

    public static BadgeSet empty() {
        return new BadgeSet(List.of());
    }

    /** Everything the portal holds now (one crm.activity.badge.list call). */
    public static BadgeSet fromPortal(BadgeService portal) {
        return new BadgeSet(portal.list());
    }

    public Map<String, Badge> byCode() {
        Map<String, Badge> map = new LinkedHashMap<>();
        badges.forEach(b -> map.put(b.code(), b));
        return map;
    }

    public Optional<Badge> find(String code) {
        return badges.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** Only the badges with these codes, in this set's order (export of the selected badges). */
    public BadgeSet only(Set<String> codes) {
        return new BadgeSet(badges.stream().filter(b -> codes.contains(b.code())).toList());
    }

    public int size() {
        return badges.size();
    }

    public boolean isEmpty() {
        return badges.isEmpty();
    }
}
