package org.badgemanager.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.util.Map;
import org.badgemanager.bitrix.Json;

/**
 * Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux): one entry
 * per profile holding its secrets as a small JSON object.
 */
final class KeyringSecretStore implements SecretStore {
    private static final String SERVICE = "Badge Manager for Bitrix24";
    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() { };
    private final Keyring keyring;

    KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public synchronized Map<String, String> load(String profileId) {
        try {
            return Json.mapper().readValue(keyring.getPassword(SERVICE, profileId), TYPE);
        } catch (PasswordAccessException | IOException e) {
            return Map.of();
        }
    }

    @Override
    public synchronized void save(String profileId, Map<String, String> secrets) {
        try {
            keyring.setPassword(SERVICE, profileId, Json.mapper().writeValueAsString(secrets));
        } catch (PasswordAccessException | IOException e) {
            // the message of a keyring failure names no secret, only the entry
            throw new IllegalStateException("The OS keyring refused to store the profile's secrets", e);
        }
    }

    @Override
    public synchronized void delete(String profileId) {
        try {
            keyring.deletePassword(SERVICE, profileId);
        } catch (PasswordAccessException e) {
            // nothing stored: nothing to delete
        }
    }

    @Override
    public String kind() {
        return "keyring";
    }
}
