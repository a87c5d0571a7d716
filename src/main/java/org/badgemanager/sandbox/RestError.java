package org.badgemanager.sandbox;

/** A REST error answer: HTTP status plus the {@code error}/{@code error_description} pair. */
final class RestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int BAD_REQUEST = 400;

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
