package org.badgemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * An HTTP request reduced to what the REST layer needs: the path, the merged query and body parameters
 * (body wins, as in PHP's $_REQUEST) and, if the body could not be read, the error to answer with.
 */
record IncomingRequest(String httpMethod, String path, ObjectNode params, RestError bodyError, Instant receivedAt) {

    static IncomingRequest read(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        ObjectNode params = PhpQueryParser.parse(exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        RestError bodyError = null;
        try {
            params.setAll(parseBody(body, contentType));
        } catch (RestError e) {
            bodyError = e;
        }
        return new IncomingRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), params, bodyError, receivedAt);
    }

    static ObjectNode parseBody(String body, String contentType) {
        if (body.isBlank()) {
            return Json.object();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean json = type.contains("json") || (!type.contains("form") && body.stripLeading().startsWith("{"));
        return json ? parseJson(body) : PhpQueryParser.parse(body.strip());
    }

    private static ObjectNode parseJson(String body) {
        try {
            JsonNode node = Json.parse(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw RestError.badRequest("INVALID_REQUEST", "Request body is not a JSON object");
    }
}
