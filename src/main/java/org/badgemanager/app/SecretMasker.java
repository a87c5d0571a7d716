package org.badgemanager.app;

import java.util.regex.Pattern;

/**
 * Last line of defence for logs and error details: whatever slipped into a message, webhook codes, tokens and
 * secrets are replaced before the text is written or copied.
 */
public final class SecretMasker {
    private static final String MASK = "••••••";
    private static final Pattern WEBHOOK_PATH = Pattern.compile("(/rest/\\d+/)[A-Za-z0-9_]{4,}(/|\\b)");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)\\b(auth|access_token|refresh_token|client_secret)=[^&\\s\"']+");
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(?i)\"(auth|access_token|refresh_token|client_secret|accessToken|refreshToken|clientSecret|webhookUrl)\"\\s*:\\s*\"[^\"]*\"");

    private SecretMasker() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = WEBHOOK_PATH.matcher(text).replaceAll("$1" + MASK + "$2");
        out = QUERY_SECRET.matcher(out).replaceAll("$1=" + MASK);
        return JSON_SECRET.matcher(out).replaceAll("\"$1\":\"" + MASK + "\"");
    }
}
