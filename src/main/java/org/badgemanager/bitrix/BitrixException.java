package org.badgemanager.bitrix;

import java.util.Locale;

/**
 * Everything the portal or the network says went wrong, as one type.
 * <p>
 * {@code code} is the portal's {@code error} string exactly as sent (it may be upper case, lower case,
 * numeric or empty), or one of the client-side codes below for failures that never got a Bitrix answer.
 * Branch on the code, never on the HTTP status alone.
 */
public final class BitrixException extends RuntimeException {
    /** The connection could not be opened: the request was certainly not executed. */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    /** The request was sent but the answer did not arrive in time or the link broke: outcome unknown. */
    public static final String NO_ANSWER = "NO_ANSWER";
    /**
     * The answer was longer than {@link ClientOptions#maxAnswerBytes()} and was cut off unread. The call reached
     * the portal, so a write may have run: outcome unknown, as for {@link #NO_ANSWER}.
     */
    public static final String ANSWER_TOO_LARGE = "ANSWER_TOO_LARGE";
    /** The answer was not a Bitrix JSON envelope (proxy HTML page, truncated body...). */
    public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";
    /** The portal answered with a redirect: it was renamed or moved. Never followed with the secret. */
    public static final String PORTAL_MOVED = "PORTAL_MOVED";
    /** The TLS handshake failed (self-signed or wrong certificate). Never bypassed. */
    public static final String TLS_FAILED = "TLS_FAILED";
    /** The user cancelled the work. */
    public static final String CANCELLED = "CANCELLED";

    private final String code;
    private final String description;
    private final int httpStatus;
    private final String method;

    public BitrixException(String code, String description, int httpStatus, String method) {
        this(code, description, httpStatus, method, null);
    }

    public BitrixException(String code, String description, int httpStatus, String method, Throwable cause) {
        super(format(code, description, httpStatus, method), cause);
        this.code = code == null ? "" : code;
        this.description = description == null ? "" : description;
        this.httpStatus = httpStatus;
        this.method = method == null ? "" : method;
    }

    private static String format(String code, String description, int status, String method) {
        String shown = code == null || code.isEmpty() ? "(no code)" : code;
        return method + ": " + shown + " - " + description + (status > 0 ? " (HTTP " + status + ")" : "");
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String method() {
        return method;
    }

    /** Same code, case-insensitively: the portal sends some codes in lower case (expired_token). */
    public boolean is(String otherCode) {
        return code.equalsIgnoreCase(otherCode);
    }

    /** Legacy CRM methods send an empty code and put the meaning in the description. */
    public boolean descriptionStartsWith(String prefix) {
        return description.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /** True when the request may have been executed although no answer (or none that could be read) came back. */
    public boolean outcomeUnknown() {
        return is(NO_ANSWER) || is(ANSWER_TOO_LARGE);
    }
}
