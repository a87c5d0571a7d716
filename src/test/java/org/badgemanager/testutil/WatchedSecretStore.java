package org.badgemanager.testutil;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.badgemanager.settings.SecretStore;

/**
 * The app's secret store, watched: every call made on the FX thread is written down (a keyring may take seconds to
 * answer, and the window must not freeze meanwhile), and so is the number of calls, so a test can see both.
 */
public final class WatchedSecretStore implements SecretStore {
    private final SecretStore store;
    private final List<String> onFxThread = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    /** From now on every read waits until {@link #answer()}, as a slow keyring does. */
    public void holdReads() {
        gate = new java.util.concurrent.CountDownLatch(1);
    }

    /** Lets the held reads (and later ones) through. */
    public void answer() {
        gate.countDown();
    }

    public WatchedSecretStore(SecretStore store) {
        this.store = store;
    }

    private void note(String call) {
        calls.add(call);
        if (Platform.isFxApplicationThread()) {
            onFxThread.add(call + " on " + Thread.currentThread().getName());
        }
    }

    /** The calls made on the FX thread; empty when the app kept its word. */
    public List<String> callsOnFxThread() {
        return List.copyOf(onFxThread);
    }

    /** Every call, in order ("load p1", "save p1", "delete p1"). */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Map<String, String> load(String profileId) {
        note("load " + profileId);
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.load(profileId);
    }

    @Override
    public void save(String profileId, Map<String, String> secrets) {
        note("save " + profileId);
        store.save(profileId, secrets);
    }

    @Override
    public void delete(String profileId) {
        note("delete " + profileId);
        store.delete(profileId);
    }

    @Override
    public String kind() {
        return store.kind();
    }
}
