package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes parameters like PHP's {@code http_build_query}: nested maps and arrays in bracket notation
 * ({@code filter[>ID]=5}, {@code select[0]=ID}), keys and values URL-encoded the way PHP's {@code urlencode}
 * does (space as {@code +}, brackets as {@code %5B %5D}), {@code true/false} as {@code 1/0}, nulls left out.
 * This is the format the portal expects inside {@code batch} commands.
 */
public final class QueryEncoder {
    private QueryEncoder() {
    }

    public static String encode(JsonNode params) {
        StringJoiner out = new StringJoiner("&");
        if (params != null && params.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                append(out, field.getKey(), field.getValue());
            }
        }
        return out.toString();
    }

    private static void append(StringJoiner out, String key, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                append(out, key + "[" + field.getKey() + "]", field.getValue());
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                append(out, key + "[" + i + "]", value.get(i));
            }
        } else if (value.isBoolean()) {
            out.add(urlencode(key) + "=" + (value.booleanValue() ? "1" : "0"));
        } else {
            out.add(urlencode(key) + "=" + urlencode(value.asText()));
        }
    }

    /** PHP urlencode: like URLEncoder, except that '*' is encoded too. */
    public static String urlencode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A");
    }
}
