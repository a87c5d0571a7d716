package org.badgemanager.sandbox;

/**
 * Who is calling a method.
 *
 * @param userId    portal user the webhook or token belongs to
 * @param crmAdmin  whether that user has CRM administrator rights
 * @param oauth     true for an OAuth app token, false for an incoming webhook
 */
record Caller(int userId, boolean crmAdmin, boolean oauth) {
}
