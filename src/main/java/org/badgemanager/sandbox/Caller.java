package org.badgemanager.sandbox;

import java.util.Set;

/**
 * Who is calling a method.
 *
 * @param userId    portal user the webhook or token belongs to
 * @param crmAdmin  whether that user has CRM administrator rights
 * @param oauth     true for an OAuth app token, false for an incoming webhook
 * @param clientId  the calling app's client id; null for a webhook
 * @param scopes    the scopes ticked for this webhook or granted to the app
 */
record Caller(int userId, boolean crmAdmin, boolean oauth, String clientId, Set<String> scopes) {

    Caller(int userId, boolean crmAdmin, boolean oauth) {
        this(userId, crmAdmin, oauth, null, Scopes.ALL);
    }

    Caller(int userId, boolean crmAdmin, boolean oauth, String clientId) {
        this(userId, crmAdmin, oauth, clientId, Scopes.ALL);
    }

    boolean hasAny(Set<String> wanted) {
        return wanted.stream().anyMatch(scopes::contains);
    }
}
