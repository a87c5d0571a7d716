package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Objects;

/**
 * A badge as the portal stores it.
 *
 * @param code  unique key
 * @param title a {@link TextNode} or an ObjectNode {@code {"en": "...", "ru": "..."}}
 * @param value same shapes as title
 * @param type  success, failure, warning, primary or secondary
 */
public record SandboxBadge(String code, JsonNode title, JsonNode value, String type) {

    public SandboxBadge {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** Convenience for a badge with plain-string title and value. */
    public static SandboxBadge of(String code, String title, String value, String type) {
        return new SandboxBadge(code, TextNode.valueOf(title), TextNode.valueOf(value), type);
    }

    SandboxBadge copy() {
        return new SandboxBadge(code, title.deepCopy(), value.deepCopy(), type);
    }
}
