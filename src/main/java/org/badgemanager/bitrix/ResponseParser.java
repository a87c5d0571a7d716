package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** Turns an HTTP answer into a {@link BitrixResponse} or the {@link BitrixException} it stands for. */
public final class ResponseParser {
    private ResponseParser() {
    }

    public static BitrixResponse parse(String method, HttpTransport.Reply reply) {
        int status = reply.status();
        if (status >= 300 && status < 400) {
            throw new BitrixException(BitrixException.PORTAL_MOVED,
                    "The portal redirects to " + hostOf(reply.location())
                            + ". It may have been renamed: check the address and connect again.", status, method);
        }
        JsonNode root = readJson(reply.body());
        if (root == null || !root.isObject()) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                    "HTTP " + status + " without a Bitrix JSON answer (" + describeBody(reply.body()) + ").",
                    status, method);
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            throw errorOf(error, root.get("error_description"), status, method);
        }
        if (status < 200 || status >= 300 || !root.has("result")) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                    "HTTP " + status + " without a result.", status, method);
        }
        return new BitrixResponse(root.get("result"), intOrNull(root.get("total")), intOrNull(root.get("next")),
                root.get("time"));
    }

    /** The portal's {@code error} may be a string in any case, empty, or a number (0, 100). */
    public static BitrixException errorOf(JsonNode error, JsonNode description, int status, String method) {
        String code = error.isValueNode() ? error.asText() : error.toString();
        String text = description == null || description.isNull() ? "" : description.asText();
        return new BitrixException(code, text, status, method);
    }

    static Integer intOrNull(JsonNode node) {
        return node != null && node.canConvertToInt() ? node.asInt() : null;
    }

    private static JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String describeBody(String body) {
        if (body == null || body.isBlank()) {
            return "empty body";
        }
        String head = body.stripLeading();
        if (head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5)) {
            return "an HTML page, probably from a proxy";
        }
        return "malformed or truncated JSON";
    }

    private static String hostOf(String location) {
        if (location == null) {
            return "another address";
        }
        try {
            String host = URI.create(location.strip()).getHost();
            return host == null ? "another address" : host;
        } catch (IllegalArgumentException e) {
            return "another address";
        }
    }
}
