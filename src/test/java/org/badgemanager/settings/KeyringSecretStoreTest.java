package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import com.github.javakeyring.internal.KeyringBackend;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keyring store over an in-memory keyring backend (the real ones need a desktop session): one entry per
 * profile holding its secrets as JSON, and what happens when the keyring refuses.
 */
class KeyringSecretStoreTest {
    private static final String SERVICE = "Badge Manager for Bitrix24";

    /** Entries by "service/account"; refuses everything while {@code refusing}. */
    static final class MemoryBackend implements KeyringBackend {
        final Map<String, String> entries = new HashMap<>();
        boolean refusing;

        @Override
        public String getPassword(String service, String account) throws PasswordAccessException {
            check();
            String value = entries.get(service + "/" + account);
            if (value == null) {
                throw new PasswordAccessException("no entry");
            }
            return value;
        }

        @Override
        public void setPassword(String service, String account, String password) throws PasswordAccessException {
            check();
            entries.put(service + "/" + account, password);
        }

        @Override
        public void deletePassword(String service, String account) throws PasswordAccessException {
            check();
            if (entries.remove(service + "/" + account) == null) {
                throw new PasswordAccessException("no entry");
            }
        }

        @Override
        public void close() {
        }

        private void check() throws PasswordAccessException {
            if (refusing) {
                throw new PasswordAccessException("locked");
            }
        }
    }

    private final MemoryBackend backend = new MemoryBackend();
    private final KeyringSecretStore store = new KeyringSecretStore(keyringOver(backend));

    private static Keyring keyringOver(KeyringBackend backend) {
        try {
            Constructor<Keyring> constructor = Keyring.class.getDeclaredConstructor(KeyringBackend.class);
            constructor.setAccessible(true);
            return constructor.newInstance(backend);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachProfileIsOneEntryHoldingItsSecretsAsJson() {
        store.save("p1", Map.of("accessToken", "t1", "refreshToken", "r1"));
        store.save("p2", Map.of("webhookUrl", "https://x/rest/1/abcd1234/"));

        assertThat(backend.entries).containsOnlyKeys(SERVICE + "/p1", SERVICE + "/p2");
        assertThat(backend.entries.get(SERVICE + "/p2")).isEqualTo("{\"webhookUrl\":\"https://x/rest/1/abcd1234/\"}");
        assertThat(store.load("p1")).isEqualTo(Map.of("accessToken", "t1", "refreshToken", "r1"));
        assertThat(store.kind()).isEqualTo("keyring");
    }

    @Test
    void aMissingOrUnreadableEntryMeansNoSecrets() {
        assertThat(store.load("nobody")).isEmpty();
        backend.entries.put(SERVICE + "/p1", "not json");
        assertThat(store.load("p1")).isEmpty();
    }

    @Test
    void deletingRemovesTheEntryAndDeletingNothingIsFine() {
        store.save("p1", Map.of("clientSecret", "s"));
        store.delete("p1");
        assertThat(backend.entries).isEmpty();
        store.delete("p1");
        assertThat(store.load("p1")).isEmpty();
    }

    @Test
    void aKeyringThatRefusesToStoreSaysSoWithoutTheSecret() {
        backend.refusing = true;
        assertThatThrownBy(() -> store.save("p1", Map.of("clientSecret", "s3cr3t-value")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The OS keyring refused to store the profile's secrets");
        assertThat(store.load("p1")).isEmpty();
    }
}
