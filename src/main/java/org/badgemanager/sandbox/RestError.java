package org.badgemanager.sandbox;

/** A REST error answer: HTTP status plus the {@code error}/{@code error_description} pair. */
final class RestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int BAD_REQUEST = 400;
    static final int PAYLOAD_TOO_LARGE = 413;

    private final int status;
    private final String code;
    private final String description;

    RestError(int status, String code, String description) {
        super(code + ": " + description, null, false, false);
        this.status = status;
        this.code = code;
        this.description = description;
    }

    static RestError badRequest(String code, String description) {
        return new RestError(BAD_REQUEST, code, description);
    }

    /** Legacy CRM methods (crm.activity.*) answer with an empty error code; the meaning is in the text. */
    static RestError legacy(String description) {
        return new RestError(BAD_REQUEST, "", description);
    }

    static RestError missingParameter(String name) {
        return badRequest("100", "Could not find value for parameter {" + name + "}");
    }

    /** Refused by the web server in front of the portal, before the REST layer sees it. */
    static RestError requestTooLarge(long maxBytes) {
        return new RestError(PAYLOAD_TOO_LARGE, "REQUEST_TOO_LARGE",
                "Request body is larger than the portal accepts (" + maxBytes + " bytes)");
    }

    static RestError nestedTooDeep(int maxLevels) {
        return badRequest("INVALID_REQUEST", "Parameters are nested deeper than " + maxLevels + " levels");
    }

    static RestError tooManyParameters(int maxParameters) {
        return badRequest("INVALID_REQUEST", "More than " + maxParameters + " parameters in one request");
    }

    static RestError methodNotFound() {
        return new RestError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String description() {
        return description;
    }
}
