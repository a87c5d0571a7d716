package org.badgemanager.sandbox;

import java.util.Set;

/**
 * Who is calling a method.
 *
 * @param userId    portal user the webhook or token belongs to
 * @param crmAdmin  whether that user has CRM administrator rights
 * @param oauth     true for an OAuth app token, false for an incoming webhook
 * @param scopes    the scopes ticked for this webhook or granted to the app
 */
record Caller(int userId, boolean crmAdmin, boolean oauth, Set<String> scopes) {

    Caller(int userId, boolean crmAdmin, boolean oauth) {
        this(userId, crmAdmin, oauth, Scopes.ALL);
    }

    boolean hasAny(Set<String> wanted) {
        return wanted.stream().anyMatch(scopes::contains);
    }
}
