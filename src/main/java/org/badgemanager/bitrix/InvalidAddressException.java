package org.badgemanager.bitrix;

/** An address the user typed cannot be used; {@link #problem()} says why, for a localized message. */
public final class InvalidAddressException extends IllegalArgumentException {

    public enum Problem {
        EMPTY, NOT_A_URL, USER_INFO, BAD_PORT, HTTPS_REQUIRED
    }

    private final Problem problem;

    public InvalidAddressException(Problem problem) {
        // the message names the rule only: the address itself may hold a password
        super("Invalid address: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
