package org.badgemanager.badgesets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON text read into a tree that remembers the line of every value (by JSON pointer), so that each problem can
 * name its line. Jackson's own tree forgets where a value was and keeps the last of two equal keys silently; this
 * reader reports the second key instead.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private static final com.fasterxml.jackson.databind.ObjectMapper QUICK =
            com.fasterxml.jackson.databind.json.JsonMapper.builder(FACTORY).build();

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<FileProblem> duplicates;

    private LocatedJson(JsonNode root, Map<String, Integer> lines, List<FileProblem> duplicates) {
        this.root = root;
        this.lines = lines;
        this.duplicates = duplicates;
    }

    /**
     * The tree without lines, when the text is JSON without a repeated key; null otherwise. Several times faster
     * than {@link #parse}: a valid file, the usual case, is checked with it, and only a file with a problem is
     * read again to say where.
     */
    static LocatedJson quick(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode root = QUICK.readTree(parser);
            if (root == null || root.isMissingNode() || parser.nextToken() != null) {
                return null;
            }
            return new LocatedJson(root, null, List.of());
        } catch (IOException e) {
            return null;
        }
    }

    boolean located() {
        return lines != null;
    }

    /** The tree, or a single problem at the line where the text stops being JSON. */
    static LocatedJson parse(String text) throws InvalidBadgeSetException {
        Map<String, Integer> lines = new HashMap<>();
        List<FileProblem> duplicates = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidBadgeSetException(List.of(FileProblem.at(0, "", "badgeset.problem.empty")));
            }
            JsonNode root = read(parser, "", lines, duplicates);
            if (parser.nextToken() != null) {
                throw new InvalidBadgeSetException(List.of(FileProblem.at(line(parser), "",
                        "badgeset.problem.afterEnd")));
            }
            return new LocatedJson(root, lines, duplicates);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidBadgeSetException(List.of(FileProblem.at(Math.max(line, 0), "",
                    "badgeset.problem.notJson", withoutSource(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string", e);
        }
    }

    /** Jackson's message without its "(for Array starting at [Source: …])" tail, which says nothing to a user. */
    static String withoutSource(String message) {
        if (message == null) {
            return "";
        }
        int source = message.indexOf("[Source:");
        if (source < 0) {
            return message;
        }
        String head = message.substring(0, source);
        int open = head.lastIndexOf(" (");
        return (open >= 0 ? head.substring(0, open) : head).strip();
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines,
                                 List<FileProblem> duplicates) throws IOException {
        lines.put(pointer, line(parser));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    String child = pointer + "/" + escape(name);
                    if (object.has(name)) {
                        duplicates.add(FileProblem.at(keyLine, LocatedJson.fieldOf(child),
                                "badgeset.problem.duplicateKey", name));
                        read(parser, child + "#dup", new HashMap<>(), duplicates);
                        continue;
                    }
                    object.set(name, read(parser, child, lines, duplicates));
                    lines.put(child, keyLine);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, pointer + "/" + i++, lines, duplicates));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue()); // any size: "version": 99999999999 is a problem, not a crash
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    JsonNode root() {
        return root;
    }

    List<FileProblem> duplicateKeys() {
        return duplicates;
    }

    /** The line of the value at this pointer, else of its nearest enclosing value; 1 for the whole file. */
    int lineOf(String pointer) {
        if (lines == null) {
            return 0;
        }
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** {@code /badges/2/title/ru} as the user reads it: {@code badges[2].title.ru}. */
    static String fieldOf(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
