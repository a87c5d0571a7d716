package org.badgemanager.bitrix;

import static org.badgemanager.bitrix.InvalidWebhookUrlException.Problem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inbound webhook: {@code https://PORTAL/rest/USER_ID/CODE/}. The code is the secret, so
 * {@link #toString()} and {@link #maskedDescription()} never show it.
 */
public final class WebhookConnection implements Connection {
    private static final Pattern PATH = Pattern.compile("/rest/([^/]+)/([^/]+)/?(.*)");
    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{4,64}");
    public static final String MASK = "••••••";

    private final URI base;
    private final int userId;
    private final String code;

    private WebhookConnection(URI base, int userId, String code) {
        this.base = base;
        this.userId = userId;
        this.code = code;
    }

    /**
     * Parses and validates a webhook URL; makes no network call. The address rules (blanks, punycode, no
     * user:password@, port range, https) are {@link EndpointAddress}'s.
     */
    public static WebhookConnection parse(String text) {
        return parse(text, false);
    }

    /** As {@link #parse(String)}; {@code plainHttpAllowed}: see {@link EndpointAddress#parse(String, boolean)}. */
    public static WebhookConnection parse(String text, boolean plainHttpAllowed) {
        URI uri;
        try {
            uri = EndpointAddress.parse(text, plainHttpAllowed);
        } catch (InvalidAddressException e) {
            throw new InvalidWebhookUrlException(Problem.valueOf(e.problem().name()));
        }
        Matcher m = PATH.matcher(uri.getRawPath());
        if (!m.matches()) {
            throw new InvalidWebhookUrlException(Problem.NOT_A_WEBHOOK_PATH);
        }
        if (!USER_ID.matcher(m.group(1)).matches()) {
            throw new InvalidWebhookUrlException(Problem.BAD_USER_ID);
        }
        if (!CODE.matcher(m.group(2)).matches()) {
            throw new InvalidWebhookUrlException(Problem.BAD_CODE);
        }
        // A URL copied from the request builder often ends in a method name: refuse it rather than guess.
        if (!m.group(3).isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidWebhookUrlException(Problem.HAS_METHOD_OR_QUERY);
        }
        URI base = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/rest/" + m.group(1) + "/"
                + m.group(2) + "/");
        return new WebhookConnection(base, Integer.parseInt(m.group(1)), m.group(2));
    }

    @Override
    public URI methodUri(String method) {
        return base.resolve(method);
    }

    @Override
    public void authorize(ObjectNode params) {
        // the secret is in the path
    }

    @Override
    public String portalHost() {
        return base.getHost();
    }

    public int userId() {
        return userId;
    }

    /** The full URL with its secret; only for saving to the secret store, never for display or logs. */
    public String secretUrl() {
        return base.toString();
    }

    public String code() {
        return code;
    }

    @Override
    public String maskedDescription() {
        return mask(base.toString(), code);
    }

    /** Replaces the secret part of a webhook URL for display. */
    public static String mask(String url, String code) {
        return code == null || code.isEmpty() ? url : url.replace("/" + code, "/" + MASK);
    }

    @Override
    public String toString() {
        return maskedDescription();
    }
}
