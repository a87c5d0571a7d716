package org.badgemanager.connection;

import java.util.Map;
import javafx.scene.Node;
import org.badgemanager.bitrix.Connection;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.Messages;

/**
 * Everything one kind of connection knows, behind one interface: its form, how it opens a session, and how it
 * remembers and restores itself. Each kind lives in its own folder under {@code connection.kinds} and is listed
 * once in {@link ConnectionKinds}; the rest of the app never switches on the kind.
 */
public interface ConnectionKindSupport {

    ConnectionKind kind();

    /** Its part of the connection form, empty. */
    KindForm newForm(Messages messages, KindContext context);

    /** The controls for that form. FX thread. */
    Node newView(KindForm form, Messages messages);

    /** Whether its profiles keep anything in the secret store (if not, selecting one reads no keyring). */
    boolean keepsSecrets();

    /**
     * Builds the connection. Blocking, never on the FX thread: it may start an embedded portal or wait for a
     * sign-in in the browser. Makes no REST call to the portal.
     */
    Opened open(ConnectionDetails details, KindContext context);

    /** What to save for these details. */
    Remembered remember(ConnectionDetails details);

    /** The details of a saved profile, with the secrets read from the secret store (empty when none). */
    ConnectionDetails restore(Profile profile, Map<String, String> secrets);

    /** Whether a saved profile holds every field this kind needs (a profile that does not is not listed). */
    boolean isComplete(Profile profile);

    /** Whether the restored details can connect without asking the user (false: a secret is gone). */
    boolean canConnectUnattended(ConnectionDetails restored);

    /**
     * After the portal refused to renew the sign-in: signs in again and gives the open connection the new
     * credentials, so that open windows carry on. Blocking. Kinds without a sign-in have nothing to renew.
     */
    default void signInAgain(Connection open, ConnectionDetails details, KindContext context) {
        throw new UnsupportedOperationException(kind() + " connections do not sign in");
    }
}
