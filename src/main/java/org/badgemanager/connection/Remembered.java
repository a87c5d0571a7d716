package org.badgemanager.connection;

import java.util.Map;

/**
 * How a kind remembers a connection: the fields that go to the settings file (nothing secret), the secrets that go
 * to the secret store (empty: nothing stored there), and the profile name used when the user gave none.
 */
public record Remembered(String defaultName, Map<String, String> fields, Map<String, String> secrets) {

    public Remembered {
        fields = Map.copyOf(fields);
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "Remembered[" + defaultName + ", " + fields.keySet() + ", secrets " + secrets.keySet() + "]";
    }
}
