package org.badgemanager.bitrix;

/**
 * What the client learns about its connection as calls go: the portal answered, could not be reached, or refused
 * to renew the sign-in. Called on the worker that made the call; a listener must hand over to its own thread.
 */
public interface ConnectionHealth {
    ConnectionHealth IGNORED = new ConnectionHealth() { };

    /** The portal answered (with a result or an error of its own). */
    default void answered() {
    }

    /** The portal could not be reached or did not answer. */
    default void unreachable() {
    }

    /** The OAuth server refused to renew the tokens ({@code invalid_grant}): only a new sign-in helps. */
    default void signInRefused() {
    }
}
