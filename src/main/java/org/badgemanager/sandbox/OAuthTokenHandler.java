package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The OAuth server's {@code /oauth/token/} (refresh and authorization-code grants), GET query or POST form.
 * Outside the REST layer: not rate limited and not recorded.
 */
final class OAuthTokenHandler implements HttpHandler {

    private final OAuthTokens tokens;
    private final String baseUrl;
    private final RequestBodyReader bodies;

    OAuthTokenHandler(OAuthTokens tokens, String baseUrl, RequestBodyReader bodies) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            int status = 200;
            JsonNode answer;
            try {
                ObjectNode params = PhpQueryParser.parse(exchange.getRequestURI().getRawQuery());
                String body = new String(bodies.read(exchange), StandardCharsets.UTF_8);
                params.setAll(IncomingRequest.parseBody(body, exchange.getRequestHeaders().getFirst("Content-Type")));
                answer = refresh(params);
            } catch (RestError error) {
                status = error.status();
                answer = ResponseBodies.error(error.code(), error.description());
            }
            byte[] bytes = Json.bytes(answer);
            exchange.getResponseHeaders().set("Content-Type", RestOutcome.JSON_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            exchange.close();
        }
    }

    private ObjectNode refresh(ObjectNode params) {
        String type = params.path("grant_type").asText();
        OAuthTokens.Grant issued;
        if ("refresh_token".equals(type)) {
            issued = tokens.refresh(params.path("client_id").asText(), params.path("client_secret").asText(),
                    params.path("refresh_token").asText());
        } else if ("authorization_code".equals(type)) {
            issued = tokens.exchangeCode(params.path("client_id").asText(), params.path("client_secret").asText(),
                    params.path("code").asText());
        } else {
            throw RestError.badRequest("invalid_request", "grant_type must be refresh_token or authorization_code");
        }
        ObjectNode grant = Json.object();
        grant.put("access_token", issued.accessToken());
        grant.put("refresh_token", issued.refreshToken());
        grant.put("expires", issued.expiresAt().getEpochSecond());
        grant.put("expires_in", OAuthTokens.ACCESS_LIFETIME.toSeconds());
        grant.put("client_endpoint", baseUrl + "/rest/");
        grant.put("server_endpoint", baseUrl + "/oauth/rest/");
        grant.put("domain", "127.0.0.1");
        grant.put("member_id", tokens.memberId());
        grant.put("scope", "crm");
        grant.put("status", "L");
        grant.put("user_id", SandboxUsers.ADMIN_ID);
        return grant;
    }
}
