package org.badgemanager.settings;

/**
 * A saved connection, without its secrets: for a webhook the URL is stored with its code masked; the code,
 * tokens and client secret live in the {@link SecretStore} under {@link #id()}.
 */
public record Profile(String id, String name, ConnectionKind kind, String maskedWebhookUrl,
                      String clientEndpoint, String serverEndpoint, String clientId) {

    public static Profile sandbox(String id, String name) {
        return new Profile(id, name, ConnectionKind.SANDBOX, null, null, null, null);
    }
}
