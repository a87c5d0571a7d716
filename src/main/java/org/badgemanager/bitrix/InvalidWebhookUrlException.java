package org.badgemanager.bitrix;

/** A webhook URL the user typed cannot be used; {@link #problem()} says why, for a localized message. */
public final class InvalidWebhookUrlException extends IllegalArgumentException {

    public enum Problem {
        EMPTY, NOT_A_URL, USER_INFO, BAD_PORT, HTTPS_REQUIRED, NOT_A_WEBHOOK_PATH, BAD_USER_ID, BAD_CODE, HAS_METHOD_OR_QUERY
    }

    private final Problem problem;

    public InvalidWebhookUrlException(Problem problem) {
        super("Invalid webhook URL: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
