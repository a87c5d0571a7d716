package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns the URL (webhook) or the {@code auth} parameter (OAuth) into a {@link Caller}. */
final class Authenticator {

    private final SandboxUsers users;
    private final OAuthTokens tokens;
    private final Scopes scopes;

    Authenticator(SandboxUsers users, OAuthTokens tokens, Scopes scopes) {
        this.users = users;
        this.tokens = tokens;
        this.scopes = scopes;
    }

    Caller authenticate(RestPath path, ObjectNode params) {
        if (path.webhook()) {
            if (!users.acceptsWebhook(path.webhookUser(), path.webhookCode())) {
                throw new RestError(401, "NO_AUTH_FOUND", "Wrong webhook code or user");
            }
            return new Caller(path.webhookUser(), users.isCrmAdmin(path.webhookUser()), false, null, scopes.webhook());
        }
        JsonNode auth = params.get("auth");
        if (Params.isMissing(auth) || auth.asText().isBlank()) {
            throw new RestError(401, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        tokens.authenticate(auth.asText());
        return new Caller(SandboxUsers.ADMIN_ID, true, true, tokens.clientId(), scopes.oauth());
    }
}
