package org.badgemanager.bitrix;

import java.util.regex.Matcher;
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

    /** A query or form: two or more name=value pairs joined by '&'. */
    private static final Pattern PARAMETER_LIST = Pattern.compile(
            "[^\\s?&=\"'#]+=[^&\\s\"'#]*(?:&[^\\s?&=\"'#]+=[^&\\s\"'#]*)+");
    /**
     * An OAuth exchange's parameters (the token request's form, the sign-in page's redirect): only there is a
     * {@code code} the authorization code. Elsewhere {@code code} is a badge's code and must stay readable.
     */
    private static final Pattern OAUTH_PARAMETERS = Pattern.compile("(?i)(?:^|&)(grant_type|client_id|state)=");
    private static final Pattern CODE_PARAMETER = Pattern.compile("(?i)(^|&)(code)=[^&]*");

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
        out = PARAMETER_LIST.matcher(out).replaceAll(list -> Matcher.quoteReplacement(maskAuthorizationCode(list.group())));
        return JSON_SECRET.matcher(out).replaceAll("\"$1\":\"" + MASK + "\"");
    }

    private static String maskAuthorizationCode(String parameters) {
        return OAUTH_PARAMETERS.matcher(parameters).find()
                ? CODE_PARAMETER.matcher(parameters).replaceAll("$1$2=" + MASK) : parameters;
    }
}
