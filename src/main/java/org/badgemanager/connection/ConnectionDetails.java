package org.badgemanager.connection;

import java.util.List;
import org.badgemanager.settings.ConnectionKind;

/**
 * What one kind's part of the connection form holds, secrets included: each kind has its own record. Never
 * logged; {@code toString()} of an implementation hides the secrets.
 */
public interface ConnectionDetails {

    ConnectionKind kind();

    /** Every secret value in it, so that logs mask them from the moment the app holds them. */
    List<String> secretValues();

    /**
     * The portal plan the user chose in this kind's form, or null when the kind does not ask (an OAuth app reads it
     * from {@code app.info} after connecting; the saved profile's plan is used until then).
     */
    default org.badgemanager.limits.PlanChoice plan() {
        return null;
    }
}
