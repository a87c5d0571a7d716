package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.badgemanager.bitrix.Json;

/**
 * A destructive badge step written down before it starts: what the user meant, so that a process killed halfway
 * can be finished or undone on the next connect.
 *
 * @param id       unique per entry
 * @param portal   the portal's address ({@code https://host:port}), see {@link SafetyNets#portalKey}
 * @param kind     an edit (delete + add) or a plain delete
 * @param old      the badge as it was on the portal
 * @param updated  what the user saved instead (null for a delete)
 */
public record PendingEdit(String id, String portal, Kind kind, Badge old, Badge updated, Instant startedAt) {

    public enum Kind { REPLACE, DELETE }

    public PendingEdit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(startedAt, "startedAt");
        if (kind == Kind.REPLACE) {
            Objects.requireNonNull(updated, "updated");
        }
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("portal", portal);
        node.put("kind", kind.name());
        node.put("startedAt", startedAt.toString());
        node.set("old", old.toJson());
        if (updated != null) {
            node.set("new", updated.toJson());
        }
        return node;
    }

    public static PendingEdit fromJson(JsonNode node) {
        JsonNode updated = node.path("new");
        return new PendingEdit(node.path("id").asText(), node.path("portal").asText(),
                Kind.valueOf(node.path("kind").asText()), Badge.fromJson(node.get("old")),
                updated.isObject() ? Badge.fromJson(updated) : null, Instant.parse(node.path("startedAt").asText()));
    }
}
