package org.badgemanager.settings;

import com.github.javakeyring.Keyring;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The OS keyring where one answers, otherwise the owner-only file. The choice is made on first use (always
 * on a background thread), because opening a keyring can mean D-Bus traffic or a desktop prompt; a keyring
 * that does not answer within a few seconds counts as absent. {@code -Dbadgemanager.secrets=file} skips it.
 */
public final class PreferredSecretStore implements SecretStore {
    private static final System.Logger LOG = System.getLogger(PreferredSecretStore.class.getName());
    private static final long PROBE_SECONDS = 3;
    private final FileSecretStore fallback;
    private final boolean fileOnly;
    private SecretStore chosen;

    public PreferredSecretStore(AppDirs dirs) {
        this.fallback = FileSecretStore.in(dirs);
        this.fileOnly = "file".equals(System.getProperty("badgemanager.secrets"));
    }

    private synchronized SecretStore store() {
        if (chosen == null) {
            chosen = fileOnly ? fallback : probeKeyring();
        }
        return chosen;
    }

    private SecretStore probeKeyring() {
        try {
            Keyring keyring = CompletableFuture.supplyAsync(() -> {
                try {
                    return Keyring.create();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get(PROBE_SECONDS, TimeUnit.SECONDS);
            return new KeyringSecretStore(keyring);
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "No OS keyring available; secrets go to an owner-only file");
            return fallback;
        }
    }

    @Override
    public Map<String, String> load(String profileId) {
        return store().load(profileId);
    }

    @Override
    public void save(String profileId, Map<String, String> secrets) {
        store().save(profileId, secrets);
    }

    @Override
    public void delete(String profileId) {
        store().delete(profileId);
    }

    @Override
    public synchronized String kind() {
        return chosen == null ? "keyringOrFile" : chosen.kind();
    }
}
