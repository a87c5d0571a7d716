package org.badgemanager.cli;

/**
 * Ends a command with a message for the user (stderr) and an exit code. The message is already worded for the
 * user and never holds a secret.
 */
public final class CliFailure extends RuntimeException {
    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
