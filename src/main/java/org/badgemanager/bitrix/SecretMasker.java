package org.badgemanager.bitrix;

import java.util.regex.Pattern;

/**
 * Last line of defence for logs, popups and error details: whatever slipped into a message, webhook codes, tokens and
 * secrets are replaced before the text is written or copied. First every secret the app holds
 * ({@link LiveSecrets}), wherever it appears; then the shapes a secret has in a URL, a query or JSON, for the ones
 * it does not hold (a pasted URL of another portal, a token from an old session).
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
        return mask(text, LiveSecrets.process());
    }

    public static String mask(String text, LiveSecrets held) {
        if (text == null) {
            return null;
        }
        String out = held.mask(text, MASK);
        out = WEBHOOK_PATH.matcher(out).replaceAll("$1" + MASK + "$2");
        out = QUERY_SECRET.matcher(out).replaceAll("$1=" + MASK);
        return JSON_SECRET.matcher(out).replaceAll("\"$1\":\"" + MASK + "\"");
    }
}
