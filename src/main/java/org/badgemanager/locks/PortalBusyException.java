package org.badgemanager.locks;

/**
 * Another process of this app (a second window, or the command line) is changing the same portal now: this run
 * was refused before it sent anything. Shown to the user in their language (message key {@link #MESSAGE_KEY}).
 */
public final class PortalBusyException extends RuntimeException {
    /** The key of the user's message, in the window's and the command line's bundles. */
    public static final String MESSAGE_KEY = "portal.busy";

    public PortalBusyException(String portalKey) {
        super("Another Badge Manager window or command is changing " + portalKey + " right now");
    }
}
