package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a batch: {@code "method?" + http_build_query(params)}. Parameter values of the form
 * {@code $result[cmd][0][ID]} are replaced by that part of an earlier command's result, as the portal does.
 */
record BatchCommand(String name, String method, ObjectNode params) {

    private static final Pattern REFERENCE = Pattern.compile("\\$result\\[([^\\]]+)\\]((?:\\[[^\\]]*\\])*)");
    private static final Pattern PATH_STEP = Pattern.compile("\\[([^\\]]*)\\]");

    static BatchCommand parse(String name, String command, JsonNode earlierResults) {
        int question = command.indexOf('?');
        String method = MethodNames.normalize(question < 0 ? command : command.substring(0, question));
        ObjectNode params = PhpQueryParser.parse(question < 0 ? "" : command.substring(question + 1));
        resolveReferences(params, earlierResults);
        return new BatchCommand(name, method, params);
    }

    private static void resolveReferences(ObjectNode params, JsonNode earlierResults) {
        for (Map.Entry<String, JsonNode> entry : params.properties()) {
            JsonNode value = entry.getValue();
            if (value instanceof ObjectNode child) {
                resolveReferences(child, earlierResults);
            } else if (value instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, resolve(list.get(i), earlierResults));
                }
            } else {
                entry.setValue(resolve(value, earlierResults));
            }
        }
    }

    private static JsonNode resolve(JsonNode value, JsonNode earlierResults) {
        if (!value.isTextual()) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value.textValue());
        if (!matcher.matches()) {
            return value;
        }
        JsonNode target = earlierResults.path(matcher.group(1));
        Matcher step = PATH_STEP.matcher(matcher.group(2));
        while (step.find()) {
            String key = step.group(1);
            target = target.isArray() && key.matches("\\d+") ? target.path(Integer.parseInt(key)) : target.path(key);
        }
        if (target.isMissingNode() || target.isNull()) {
            return TextNode.valueOf("");
        }
        return target.isContainerNode() ? target.deepCopy() : TextNode.valueOf(target.asText());
    }
}
