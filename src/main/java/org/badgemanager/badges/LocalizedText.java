package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.badgemanager.bitrix.Json;

/**
 * A badge's title or value: either one text for every language (sent as a JSON string) or a text per
 * language id (sent as {@code {"en": …, "ru": …}}). The shape is kept on the way to the portal and back.
 */
public sealed interface LocalizedText permits LocalizedText.Plain, LocalizedText.PerLanguage {

    /** Display text: the wanted language, then English, then the first one given. */
    String forLanguage(String language);

    Set<String> languages();

    JsonNode toJson();

    static LocalizedText of(String text) {
        return new Plain(text);
    }

    static LocalizedText of(Map<String, String> texts) {
        return new PerLanguage(texts);
    }

    /** Reads what the portal sent; anything but a string or an object of strings is malformed. */
    static LocalizedText fromJson(JsonNode node) {
        if (node != null && node.isTextual()) {
            return new Plain(node.asText());
        }
        if (node != null && node.isObject()) {
            Map<String, String> texts = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                texts.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
            return new PerLanguage(texts);
        }
        throw new IllegalArgumentException("A badge text must be a string or a language map, not " + node);
    }

    record Plain(String text) implements LocalizedText {
        public Plain {
            text = text == null ? "" : text;
        }

        @Override
        public String forLanguage(String language) {
            return text;
        }

        @Override
        public Set<String> languages() {
            return Set.of();
        }

        @Override
        public JsonNode toJson() {
            return TextNode.valueOf(text);
        }
    }

    record PerLanguage(Map<String, String> texts) implements LocalizedText {
        public PerLanguage {
            texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        }

        @Override
        public String forLanguage(String language) {
            if (texts.containsKey(language)) {
                return texts.get(language);
            }
            if (texts.containsKey("en")) {
                return texts.get("en");
            }
            return texts.isEmpty() ? "" : texts.values().iterator().next();
        }

        @Override
        public Set<String> languages() {
            return texts.keySet();
        }

        @Override
        public JsonNode toJson() {
            ObjectNode node = Json.object();
            texts.forEach(node::put);
            return node;
        }
    }
}
