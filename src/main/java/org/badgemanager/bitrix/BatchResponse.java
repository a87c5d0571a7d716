package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-command outcome of a {@code batch}: each command name maps to its result or its error. A command
 * that the portal never ran (after {@code halt}) has neither.
 */
public record BatchResponse(Map<String, JsonNode> results, Map<String, BitrixException> errors,
                            Map<String, Integer> totals, Map<String, Integer> nexts) {

    static BatchResponse from(JsonNode outerResult, Map<String, String> methodsByName) {
        Map<String, JsonNode> results = section(outerResult.get("result"));
        Map<String, BitrixException> errors = new LinkedHashMap<>();
        section(outerResult.get("result_error")).forEach((name, err) -> {
            JsonNode code = err.has("error") ? err.get("error") : Json.mapper().getNodeFactory().textNode("");
            errors.put(name, ResponseParser.errorOf(code, err.get("error_description"), 0,
                    methodsByName.getOrDefault(name, "batch")));
        });
        Map<String, Integer> totals = new LinkedHashMap<>();
        section(outerResult.get("result_total")).forEach((name, v) -> totals.put(name, v.asInt()));
        Map<String, Integer> nexts = new LinkedHashMap<>();
        section(outerResult.get("result_next")).forEach((name, v) -> nexts.put(name, v.asInt()));
        return new BatchResponse(Collections.unmodifiableMap(results), Collections.unmodifiableMap(errors),
                Collections.unmodifiableMap(totals), Collections.unmodifiableMap(nexts));
    }

    /** The portal sends an empty section as {@code []} and a filled one as an object, or an array for array cmds. */
    private static Map<String, JsonNode> section(JsonNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return map;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                map.put(f.getKey(), f.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                map.put(String.valueOf(i), node.get(i));
            }
        }
        return map;
    }
}
