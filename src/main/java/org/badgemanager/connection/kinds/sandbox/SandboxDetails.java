package org.badgemanager.connection.kinds.sandbox;

import java.util.List;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.settings.ConnectionKind;

/** The built-in sandbox needs nothing from the user. */
public record SandboxDetails() implements ConnectionDetails {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.SANDBOX;
    }

    /** The built-in portal's plan: {@code -Dsandbox.plan}, standard when unset. */
    @Override
    public org.badgemanager.limits.PlanChoice plan() {
        return org.badgemanager.limits.PlanChoice.of(org.badgemanager.sandbox.SandboxConfig.defaults().plan());
    }

    @Override
    public List<String> secretValues() {
        return List.of();
    }
}
