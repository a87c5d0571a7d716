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

    @Override
    public List<String> secretValues() {
        return List.of();
    }
}
