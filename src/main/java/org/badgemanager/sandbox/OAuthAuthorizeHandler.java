package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The portal's {@code /oauth/authorize/}: a small sign-in and consent page for the local app (the admin is taken to
 * be logged in). Allowing redirects to the app's handler path with {@code code}, {@code state}, {@code domain},
 * {@code member_id}, {@code scope} and {@code server_domain}; denying, or a wrong client id, ends on the portal's
 * own page without a redirect, as Bitrix24 does. Outside the REST layer: not rate limited and not recorded.
 */
final class OAuthAuthorizeHandler implements HttpHandler {
    private final OAuthTokens tokens;
    private final String host;
    private final RequestBodyReader bodies;

    OAuthAuthorizeHandler(OAuthTokens tokens, String host, RequestBodyReader bodies) {
        this.tokens = tokens;
        this.host = host;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ObjectNode params = PhpQueryParser.parse(exchange.getRequestURI().getRawQuery());
            String body = new String(bodies.read(exchange), StandardCharsets.UTF_8);
            params.setAll(IncomingRequest.parseBody(body, exchange.getRequestHeaders().getFirst("Content-Type")));
            String clientId = params.path("client_id").asText();
            String state = params.path("state").asText();
            if (!tokens.clientId().equals(clientId)) {
                page(exchange, 400, "Error", "<p id=\"error\">The application was not found or is not installed.</p>");
            } else if (tokens.handlerUrl() == null) {
                page(exchange, 400, "Error", "<p id=\"error\">The application has no handler path.</p>");
            } else if ("GET".equalsIgnoreCase(exchange.getRequestMethod())) {
                page(exchange, 200, "Allow access", consentForm(clientId, state));
            } else if ("allow".equals(params.path("decision").asText())) {
                exchange.getResponseHeaders().set("Location", redirect(state));
                exchange.sendResponseHeaders(302, -1);
            } else {
                page(exchange, 403, "Access denied", "<p id=\"error\">Access was denied. The application was not"
                        + " authorized.</p>");
            }
        }
    }

    private String redirect(String state) {
        String handler = tokens.handlerUrl();
        return handler + (handler.contains("?") ? "&" : "?") + "code=" + tokens.issueCode()
                + "&state=" + encode(state) + "&domain=" + encode(host) + "&member_id=" + tokens.memberId()
                + "&scope=" + encode("crm,user_brief") + "&server_domain=" + encode(host);
    }

    private static String consentForm(String clientId, String state) {
        return "<p>Signed in as <b>Admin (sandbox)</b>.</p>"
                + "<p>The local application <code>" + escape(clientId) + "</code> asks for access to CRM.</p>"
                + "<form method=\"post\" action=\"/oauth/authorize/\">"
                + "<input type=\"hidden\" name=\"client_id\" value=\"" + escape(clientId) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + escape(state) + "\">"
                + "<button name=\"decision\" value=\"allow\">Allow</button> "
                + "<button name=\"decision\" value=\"deny\">Deny</button></form>";
    }

    private static void page(HttpExchange exchange, int status, String title, String content) throws IOException {
        byte[] bytes = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>Sandbox portal</h1>" + content + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
