package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parses a query string the way PHP's parse_str does: {@code title[en]=Alarm&select[]=ID&filter[>ID]=5}
 * becomes nested objects. Like PHP's json_encode, objects keyed exactly "0".."n-1" come out as arrays.
 * All values are strings. Nesting and the number of pairs are limited, so a hostile body can neither overflow
 * the stack nor keep a worker busy for minutes.
 */
final class PhpQueryParser {

    /** Deepest bracket nesting accepted; PHP's own max_input_nesting_level is 64, the portal's calls need 3. */
    static final int MAX_NESTING = 32;
    /** Most name=value pairs in one query; Bitrix asks for max_input_vars = 10000. */
    static final int MAX_PARAMETERS = 10_000;

    private PhpQueryParser() {
    }

    /** @throws RestError 400 when the query nests deeper than {@link #MAX_NESTING} or has too many pairs */
    static ObjectNode parse(String rawQuery) {
        ObjectNode root = Json.object();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return root;
        }
        NextIndexes indexes = new NextIndexes();
        int pairs = 0;
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                if (++pairs > MAX_PARAMETERS) {
                    throw RestError.tooManyParameters(MAX_PARAMETERS);
                }
                String pair = rawQuery.substring(start, end);
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                put(root, name, value, indexes);
            }
            start = end + 1;
        }
        listify(root);
        return root;
    }

    private static void put(ObjectNode root, String name, String value, NextIndexes indexes) {
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
            ObjectNode next = child instanceof ObjectNode existing ? existing : node.putObject(key);
            indexes.claim(node, key);
            node = next;
            key = segment.isEmpty() ? indexes.next(node) : segment;
        }
        node.put(key, value);
        indexes.claim(node, key);
    }

    private static List<String> bracketKeys(String name, int open) {
        List<String> keys = new ArrayList<>();
        int pos = open;
        while (pos < name.length() && name.charAt(pos) == '[') {
            int close = name.indexOf(']', pos);
            if (close < 0) {
                break;
            }
            if (keys.size() == MAX_NESTING) {
                throw RestError.nestedTooDeep(MAX_NESTING);
            }
            keys.add(name.substring(pos + 1, close));
            pos = close + 1;
        }
        return keys;
    }

    /**
     * PHP's "next free index" of each array: one more than its largest numeric key. Kept per node as keys are
     * added, because recounting the keys for every {@code a[]=} made a long list quadratic.
     */
    private static final class NextIndexes {
        private final Map<ObjectNode, Long> next = new IdentityHashMap<>();

        String next(ObjectNode node) {
            return Long.toString(next.getOrDefault(node, 0L));
        }

        void claim(ObjectNode node, String key) {
            if (isIndex(key)) {
                next.merge(node, Long.parseLong(key) + 1, Math::max);
            }
        }

        private static boolean isIndex(String key) {
            if (key.isEmpty() || key.length() > 18) {
                return false;
            }
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Replaces, depth first, every child object keyed "0".."n-1" by an array; recursion depth is bounded by nesting. */
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
