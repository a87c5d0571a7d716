package org.badgemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The layout of a configurable activity: kept as a JSON string in PROVIDER_DATA, its header title is the SUBJECT. */
final class ConfigurableLayout {

    private ConfigurableLayout() {
    }

    static ObjectNode titled(String title) {
        ObjectNode layout = Json.object();
        layout.putObject("icon").put("code", "info");
        layout.putObject("header").put("title", title);
        layout.putObject("body").putObject("blocks");
        return layout;
    }

    static String title(JsonNode layout) {
        return layout.path("header").path("title").asText("");
    }

    static String text(JsonNode layout) {
        return new String(Json.bytes(layout), java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode parse(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            return Json.object();
        }
    }
}
