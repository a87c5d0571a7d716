package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {

    @Test
    void anUnreadableSecretsFileIsKeptAsideNotOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets.json");
        Files.writeString(file, "{\"p1\":{\"webhookUrl\":\"https://x/rest/1/abcd1234/\"");
        FileSecretStore store = new FileSecretStore(file);
        assertThat(store.load("p1")).isEmpty();
        store.save("p2", Map.of("accessToken", "t"));
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("secrets.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(aside)).contains("abcd1234");
        }
        assertThat(store.load("p2")).containsEntry("accessToken", "t");
    }
}
