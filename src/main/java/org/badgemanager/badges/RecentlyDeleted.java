package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The badges deleted from one portal, newest first, the last {@value #LIMIT} kept: Undo that survives a restart.
 * One file for all portals ({@code recently-deleted.json} in the data folder):
 * {@code {"version":1,"portals":{"https://host":[{"deletedAt":…,"badge":{…}}]}}}.
 */
public final class RecentlyDeleted {
    public static final int LIMIT = 100;

    /** One deleted badge and when it went. */
    public record Entry(Badge badge, Instant deletedAt) {
    }

    private final LocalJsonFile file;
    private final String portal;

    RecentlyDeleted(LocalJsonFile file, String portal) {
        this.file = file;
        this.portal = portal;
    }

    /** A list kept in memory only. */
    public static RecentlyDeleted inMemory() {
        return new RecentlyDeleted(new LocalJsonFile(null), "memory");
    }

    /** Adds a deleted badge at the top; an older entry with the same content goes (it is the same badge). */
    public void add(Badge badge, Instant deletedAt) {
        synchronized (file) {
            ObjectNode content = file.read();
            ArrayNode list = listOf(content);
            removeMatching(list, badge);
            ObjectNode entry = list.insertObject(0);
            entry.put("deletedAt", deletedAt.toString());
            entry.set("badge", badge.toJson());
            while (list.size() > LIMIT) {
                list.remove(list.size() - 1);
            }
            file.write(content);
        }
    }

    /** Drops a badge from the list: it is back on the portal. */
    public void forget(Badge badge) {
        synchronized (file) {
            ObjectNode content = file.read();
            if (removeMatching(listOf(content), badge)) {
                file.write(content);
            }
        }
    }

    public boolean contains(Badge badge) {
        return entries().stream().anyMatch(e -> e.badge().equals(badge));
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (JsonNode node : listOf(file.read())) {
            try {
                out.add(new Entry(Badge.fromJson(node.get("badge")), Instant.parse(node.path("deletedAt").asText())));
            } catch (RuntimeException unreadable) {
                // skipped, not removed: a later version may read it
            }
        }
        return out;
    }

    private ArrayNode listOf(ObjectNode content) {
        content.put("version", 1);
        ObjectNode portals = content.path("portals") instanceof ObjectNode o ? o : content.putObject("portals");
        return portals.path(portal) instanceof ArrayNode a ? a : portals.putArray(portal);
    }

    private static boolean removeMatching(ArrayNode list, Badge badge) {
        boolean removed = false;
        for (int i = list.size() - 1; i >= 0; i--) {
            if (badge.toJson().equals(list.get(i).path("badge"))) {
                list.remove(i);
                removed = true;
            }
        }
        return removed;
    }
}
