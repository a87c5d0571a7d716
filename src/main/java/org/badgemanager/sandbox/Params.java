package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Lenient readers for request parameters (form values are always strings, JSON values may be typed). */
final class Params {

    private Params() {
    }

    /** The named parameter, matching the name case-insensitively as legacy CRM methods do; null if absent. */
    static JsonNode get(ObjectNode params, String name) {
        JsonNode exact = params.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : params.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** A positive whole number, from a JSON number or a numeric string. */
    static OptionalLong positiveId(JsonNode node) {
        OptionalLong value = wholeNumber(node);
        return value.isPresent() && value.getAsLong() > 0 ? value : OptionalLong.empty();
    }

    static OptionalLong wholeNumber(JsonNode node) {
        if (isMissing(node) || node.isContainerNode()) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber()) {
            return OptionalLong.of(node.asLong());
        }
        String text = node.asText().trim();
        return text.matches("-?\\d{1,18}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    /** PHP-style truthiness for flags such as batch {@code halt}: true, 1, "true", "1", "Y". */
    static boolean flag(JsonNode node) {
        if (isMissing(node)) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText().trim();
        return text.equals("1") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("Y");
    }

    /** Elements of an array, values of an object (numeric-keyed PHP arrays), or a single scalar. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (isMissing(node)) {
            return items;
        }
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(items::add);
        } else {
            items.add(node);
        }
        return items;
    }
}
