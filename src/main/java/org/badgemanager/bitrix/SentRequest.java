package org.badgemanager.bitrix;

import java.net.URI;

/**
 * What went over the wire for one call, kept so that it can be copied as a cURL command. It holds the request as
 * sent, secrets included, so it never prints them: {@link #toString()} names nothing, and {@link #curl} masks
 * them unless the admin asked, for that one copy, to reveal them.
 */
public final class SentRequest {
    private final URI uri;
    private final String contentType;
    private final String body;

    SentRequest(URI uri, String contentType, String body) {
        this.uri = uri;
        this.contentType = contentType;
        this.body = body;
    }

    /** The parameters as sent, secrets masked (the {@code auth} token, webhook codes, anything held). */
    public String maskedBody() {
        return SecretMasker.mask(body);
    }

    public String maskedAddress() {
        return SecretMasker.mask(uri.toString());
    }

    /** A command a shell runs as is: single-quoted, so nothing in the URL or the JSON is expanded. */
    public String curl(boolean revealSecrets) {
        String address = revealSecrets ? uri.toString() : maskedAddress();
        String data = revealSecrets ? body : maskedBody();
        return "curl -X POST " + quoted(address) + " \\\n  -H " + quoted("Content-Type: " + contentType)
                + " \\\n  -H " + quoted("Accept: application/json") + " \\\n  --data-binary " + quoted(data);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return "SentRequest[held for Copy as cURL]";
    }
}
