package org.badgemanager.connection;

import javax.net.ssl.SSLContext;
import org.badgemanager.bitrix.Connection;

/**
 * A connection a kind has built, ready for a client; no REST call made yet.
 *
 * @param displayName  what the header calls the portal
 * @param details      the details it was opened with, updated when opening changed them (an OAuth sign-in adds
 *                     the tokens), so that remembering saves what was actually used
 * @param trust        the TLS trust for this portal alone (the default trust plus a certificate the profile pins),
 *                     or null for the default trust
 * @param journaled    false when the portal forgets everything at exit (the built-in sandbox): no edit journal
 */
public record Opened(Connection connection, String displayName, ConnectionDetails details, SSLContext trust,
                     boolean journaled) {
}
