package org.badgemanager.sandbox;

import java.util.Set;

/**
 * The scopes a webhook or app holds, switchable at run time so a test (or a demo) can take the {@code user} scope
 * away and see what the app does without names. A method that needs a scope the caller lacks answers
 * {@code insufficient_scope} (HTTP 401, as b24pysdk observed it; the docs' table says 403), also inside a batch.
 */
final class Scopes {

    static final Set<String> ALL = Set.of("crm", "user", "user_basic", "user_brief");
    /** Any one of these lets {@code user.get} run (docs: user, user_basic or user_brief). */
    static final Set<String> USER = Set.of("user", "user_basic", "user_brief");
    static final Set<String> CRM = Set.of("crm");

    /** {@code -Dbadgemanager.sandbox.scopes=crm} starts sandboxes (the app's built-in one too) whose webhooks lack the user scope. */
    static final String PROPERTY = "badgemanager.sandbox.scopes";

    private volatile Set<String> webhook = ALL;
    private volatile Set<String> oauth = ALL;

    Scopes() {
        String given = System.getProperty(PROPERTY, "");
        if (!given.isBlank()) {
            webhook = Set.of(given.strip().split("\\s*,\\s*"));
        }
    }

    Set<String> webhook() {
        return webhook;
    }

    Set<String> oauth() {
        return oauth;
    }

    void setWebhook(Set<String> scopes) {
        webhook = Set.copyOf(scopes);
    }

    void setOAuth(Set<String> scopes) {
        oauth = Set.copyOf(scopes);
    }

    /** {@code method}, refused unless the caller holds one of {@code anyOf}. */
    static RestMethod require(Set<String> anyOf, RestMethod method) {
        return call -> {
            if (!call.caller().hasAny(anyOf)) {
                throw new RestError(401, "insufficient_scope",
                        "The request requires higher privileges than provided by the webhook token");
            }
            return method.call(call);
        };
    }
}
