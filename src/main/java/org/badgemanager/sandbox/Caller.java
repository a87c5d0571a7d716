package org.badgemanager.sandbox;

/**
 * Who is calling a method.
 *
 * @param userId    portal user the webhook or token belongs to
 * @param crmAdmin  whether that user has CRM administrator rights
 * @param oauth     true for an OAuth app token, false for an incoming webhook
 * @param clientId  the calling app's client id; null for a webhook
 */
record Caller(int userId, boolean crmAdmin, boolean oauth, String clientId) {

    Caller(int userId, boolean crmAdmin, boolean oauth) {
        this(userId, crmAdmin, oauth, null);
    }
}
