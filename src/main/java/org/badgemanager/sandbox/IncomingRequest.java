package org.badgemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * An HTTP request reduced to what the REST layer needs: the path, the merged query and body parameters
 * (body wins, as in PHP's $_REQUEST) and, if the query or body could not be parsed, the error to answer with.
 */
record IncomingRequest(String httpMethod, String path, ObjectNode params, RestError bodyError, Instant receivedAt) {

    /**
     * @throws RestError                         413 when the body is larger than the portal accepts
     * @throws java.net.SocketTimeoutException when the body did not arrive in time
     */
    static IncomingRequest read(HttpExchange exchange, RequestBodyReader bodies) throws IOException {
        Instant receivedAt = Instant.now();
        ObjectNode params = Json.object();
        RestError bodyError = null;
        try {
            params = PhpQueryParser.parse(exchange.getRequestURI().getRawQuery());
        } catch (RestError e) {
            bodyError = e;
        }
        String body = new String(bodies.read(exchange), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        try {
            params.setAll(parseBody(body, contentType));
        } catch (RestError e) {
            bodyError = bodyError == null ? e : bodyError;
        }
        return new IncomingRequest(httpMethod(exchange), exchange.getRequestURI().getPath(), params, bodyError,
                receivedAt);
    }

    /** The request as far as it is known without its body: the query parameters (if they parse at all). */
    static IncomingRequest withoutBody(HttpExchange exchange, Instant receivedAt) {
        ObjectNode params;
        try {
            params = PhpQueryParser.parse(exchange.getRequestURI().getRawQuery());
        } catch (RestError e) {
            params = Json.object();
        }
        return new IncomingRequest(httpMethod(exchange), exchange.getRequestURI().getPath(), params, null,
                receivedAt);
    }

    static ObjectNode parseBody(String body, String contentType) {
        if (body.isBlank()) {
            return Json.object();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean json = type.contains("json") || (!type.contains("form") && body.stripLeading().startsWith("{"));
        return json ? parseJson(body) : PhpQueryParser.parse(body.strip());
    }

    private static String httpMethod(HttpExchange exchange) {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    private static ObjectNode parseJson(String body) {
        try {
            JsonNode node = Json.parse(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (StreamConstraintsException e) {
            throw String.valueOf(e.getMessage()).contains("MaxNestingDepth")
                    ? RestError.nestedTooDeep(PhpQueryParser.MAX_NESTING)
                    : RestError.badRequest("INVALID_REQUEST", "Request body has too many JSON values");
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw RestError.badRequest("INVALID_REQUEST", "Request body is not a JSON object");
    }
}
