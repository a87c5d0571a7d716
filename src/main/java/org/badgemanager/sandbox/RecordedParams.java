package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The copy of a request's parameters that the request log keeps: texts and names longer than
 * {@link #MAX_TEXT} characters are cut (with a marker saying how long they were) and at most {@link #MAX_VALUES}
 * values are kept, so one huge request cannot keep megabytes alive. Copied breadth first, without recursion.
 */
final class RecordedParams {

    static final int MAX_TEXT = 4096;
    static final int MAX_VALUES = 1000;
    /** Name of the field that says values were left out. */
    static final String LEFT_OUT = "…";
    /** Rough heap cost of one node beyond its text, for the log's budget. */
    private static final int NODE_WEIGHT = 64;

    private final ObjectNode params;
    private final long weight;

    private RecordedParams(ObjectNode params, long weight) {
        this.params = params;
        this.weight = weight;
    }

    static RecordedParams of(ObjectNode source) {
        ObjectNode root = Json.object();
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending(source, root));
        long weight = NODE_WEIGHT;
        int values = 0;
        int leftOut = 0;
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            Iterator<Map.Entry<String, JsonNode>> fields = next.from() instanceof ObjectNode object
                    ? object.properties().iterator() : indexed((ArrayNode) next.from());
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (values == MAX_VALUES) {
                    leftOut++;
                    continue;
                }
                values++;
                JsonNode value = field.getValue();
                JsonNode copy = value.isObject() ? Json.object()
                        : value.isArray() ? Json.array()
                        : value.isTextual() ? TextNode.valueOf(cut(value.textValue())) : value.deepCopy();
                if (copy.isContainerNode()) {
                    pending.add(new Pending(value, copy));
                }
                String name = cut(field.getKey());
                if (next.to() instanceof ObjectNode target) {
                    target.set(name, copy);
                } else {
                    ((ArrayNode) next.to()).add(copy);
                }
                weight += NODE_WEIGHT + name.length() + (copy.isTextual() ? copy.textValue().length() : 0);
            }
        }
        if (leftOut > 0) {
            root.put(LEFT_OUT, leftOut + " more values not recorded");
        }
        return new RecordedParams(root, weight);
    }

    ObjectNode params() {
        return params;
    }

    /** Roughly how many bytes of heap the copy holds. */
    long weight() {
        return weight;
    }

    static String cut(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "…[cut, " + text.length() + " characters in all]";
    }

    /** A container still to copy, and its (so far empty) copy. */
    private record Pending(JsonNode from, JsonNode to) {
    }

    private static Iterator<Map.Entry<String, JsonNode>> indexed(ArrayNode array) {
        Iterator<JsonNode> elements = array.elements();
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return elements.hasNext();
            }

            @Override
            public Map.Entry<String, JsonNode> next() {
                return Map.entry(Integer.toString(index++), elements.next());
            }
        };
    }
}
