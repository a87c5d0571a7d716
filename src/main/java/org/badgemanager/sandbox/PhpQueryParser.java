package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parses a query string the way PHP's parse_str does: {@code title[en]=Alarm&select[]=ID&filter[>ID]=5}
 * becomes nested objects. Like PHP's json_encode, objects keyed exactly "0".."n-1" come out as arrays.
 * All values are strings.
 */
final class PhpQueryParser {

    private PhpQueryParser() {
    }

    static ObjectNode parse(String rawQuery) {
        ObjectNode root = Json.object();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return root;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(root, name, value);
        }
        listify(root);
        return root;
    }

    private static void put(ObjectNode root, String name, String value) {
        int open = name.indexOf('[');
        List<String> keys = open > 0 ? bracketKeys(name, open) : List.of();
        if (keys.isEmpty()) {
            root.put(name, value);
            return;
        }
        ObjectNode node = root;
        String key = name.substring(0, open);
        for (String segment : keys) {
            JsonNode child = node.get(key);
            node = child instanceof ObjectNode existing ? existing : node.putObject(key);
            key = segment.isEmpty() ? nextIndex(node) : segment;
        }
        node.put(key, value);
    }

    private static List<String> bracketKeys(String name, int open) {
        List<String> keys = new ArrayList<>();
        int pos = open;
        while (pos < name.length() && name.charAt(pos) == '[') {
            int close = name.indexOf(']', pos);
            if (close < 0) {
                break;
            }
            keys.add(name.substring(pos + 1, close));
            pos = close + 1;
        }
        return keys;
    }

    private static String nextIndex(ObjectNode node) {
        long next = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.matches("\\d{1,18}")) {
                next = Math.max(next, Long.parseLong(field) + 1);
            }
        }
        return Long.toString(next);
    }

    /** Replaces, depth first, every child object keyed "0".."n-1" by an array. */
    private static void listify(ObjectNode node) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue() instanceof ObjectNode child) {
                listify(child);
                if (isList(child)) {
                    entry.setValue(toArray(child));
                }
            }
        }
    }

    private static boolean isList(ObjectNode node) {
        int index = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); index++) {
            if (!it.next().equals(Integer.toString(index))) {
                return false;
            }
        }
        return index > 0;
    }

    private static ArrayNode toArray(ObjectNode node) {
        ArrayNode array = Json.array();
        node.elements().forEachRemaining(array::add);
        return array;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
