package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.badgemanager.bitrix.Json;

/** A badge as the portal stores it: exactly {@code code, title, value, type}. */
public record Badge(String code, LocalizedText title, LocalizedText value, BadgeType type) {

    public Badge {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("code", code);
        node.set("title", title.toJson());
        node.set("value", value.toJson());
        node.put("type", type.wireName());
        return node;
    }

    public static Badge fromJson(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("code").isTextual()) {
            throw new IllegalArgumentException("Not a badge: " + node);
        }
        String typeName = node.path("type").asText();
        BadgeType type = BadgeType.fromWire(typeName)
                .orElseThrow(() -> new IllegalArgumentException("Unknown badge type: " + typeName));
        return new Badge(node.get("code").asText(), LocalizedText.fromJson(node.get("title")),
                LocalizedText.fromJson(node.get("value")), type);
    }

    public Badge withCode(String newCode) {
        return new Badge(newCode, title, value, type);
    }
}
