package org.badgemanager.cli;

/** The command line's exit codes, as the README documents them; scripts branch on these. */
public final class ExitCodes {
    /** Done; for {@code compare}: the portal and the file hold the same badges. */
    public static final int DONE = 0;
    /** {@code compare}: they differ (either direction); otherwise some of the work failed or was refused. */
    public static final int DIFFERENCES_OR_PARTIAL = 1;
    /** Bad usage or input: unknown option, unreadable file, missing confirmation; nothing was sent. */
    public static final int BAD_INPUT = 2;
    /** The portal could not be reached or refused the credentials; nothing was sent but the probe. */
    public static final int CANNOT_CONNECT = 3;
    /**
     * Another window or command of this app is changing the same portal now ({@code apply},
     * {@code delete-activities}); nothing was sent. Try again when it has finished.
     */
    public static final int PORTAL_BUSY = 4;

    private ExitCodes() {
    }
}
