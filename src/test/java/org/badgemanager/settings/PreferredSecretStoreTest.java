package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code -Dbadgemanager.secrets=file} (as every test run sets it, so no test touches a real keyring) the
 * secrets go to the owner-only file in the config folder.
 */
class PreferredSecretStoreTest {

    @Test
    void theFileOptionSkipsTheKeyringAndUsesTheConfigFolder(@TempDir Path home) throws Exception {
        assertThat(System.getProperty("badgemanager.secrets")).isEqualTo("file");
        PreferredSecretStore store = new PreferredSecretStore(new AppDirs(home.resolve("config"), home.resolve("data")));
        assertThat(store.kind()).as("nothing chosen before first use").isEqualTo("keyringOrFile");

        store.save("p1", Map.of("accessToken", "t1"));
        store.save("p2", Map.of("accessToken", "t2"));
        store.delete("p2");

        assertThat(store.kind()).isEqualTo("file");
        assertThat(store.load("p1")).containsEntry("accessToken", "t1");
        assertThat(store.load("p2")).isEmpty();
        Path file = home.resolve("config").resolve("secrets.json");
        assertThat(Files.readString(file)).contains("t1").doesNotContain("t2");
        assertThat(new FileSecretStore(file).load("p1")).containsEntry("accessToken", "t1");
    }
}
