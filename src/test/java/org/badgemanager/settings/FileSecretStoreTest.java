package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner-only secrets file: per profile, read back from disk, kept aside when unreadable. */
class FileSecretStoreTest {
    @TempDir Path dir;

    private Path file() {
        return dir.resolve("secrets.json");
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    @Test
    void secretsAreSavedPerProfileAndReadBackByANewStore() throws IOException {
        FileSecretStore store = new FileSecretStore(file());
        store.save("p1", Map.of("webhookUrl", "https://x/rest/1/abcd1234/"));
        store.save("p2", Map.of("accessToken", "t2", "refreshToken", "r2"));
        store.save("p1", Map.of("webhookUrl", "https://x/rest/1/efgh5678/"));

        FileSecretStore reopened = new FileSecretStore(file());
        assertThat(reopened.load("p1")).isEqualTo(Map.of("webhookUrl", "https://x/rest/1/efgh5678/"));
        assertThat(reopened.load("p2")).isEqualTo(Map.of("accessToken", "t2", "refreshToken", "r2"));
        assertThat(reopened.load("nobody")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(names()).containsExactly("secrets.json");
        assertThat(store.kind()).isEqualTo("file");
    }

    @Test
    void deletingRemovesOneProfileOnly() throws IOException {
        FileSecretStore store = new FileSecretStore(file());
        store.save("p1", Map.of("clientSecret", "s1"));
        store.save("p2", Map.of("clientSecret", "s2"));
        store.delete("p1");
        assertThat(new FileSecretStore(file()).load("p1")).isEmpty();
        assertThat(new FileSecretStore(file()).load("p2")).containsEntry("clientSecret", "s2");
        assertThat(Files.readString(file())).doesNotContain("s1");
    }

    @Test
    void nothingToDeleteWritesNothing() throws IOException {
        FileSecretStore store = new FileSecretStore(file());
        store.delete("p1");
        assertThat(Files.exists(file())).isFalse();
        store.save("p2", Map.of("clientSecret", "s2"));
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(0));
        store.delete("p1");
        assertThat(Files.getLastModifiedTime(file()).toMillis()).as("not rewritten").isZero();
    }

    @Test
    void noFileOrAnEmptyJsonMeansNoSecrets() throws IOException {
        assertThat(new FileSecretStore(file()).load("p1")).isEmpty();
        assertThat(Files.exists(file())).isFalse();
        Files.writeString(file(), "null");
        FileSecretStore store = new FileSecretStore(file());
        assertThat(store.load("p1")).isEmpty();
        store.save("p1", Map.of("accessToken", "t"));
        assertThat(store.load("p1")).containsEntry("accessToken", "t");
        assertThat(names()).containsExactly("secrets.json");
    }

    @Test
    void anUnreadableSecretsFileIsKeptAsideNotOverwritten() throws Exception {
        Files.writeString(file(), "{\"p1\":{\"webhookUrl\":\"https://x/rest/1/abcd1234/\"");
        FileSecretStore store = new FileSecretStore(file());
        assertThat(store.load("p1")).isEmpty();
        store.save("p2", Map.of("accessToken", "t"));
        Path aside = dir.resolve(names().filter(n -> n.startsWith("secrets.json.unreadable-")).findFirst()
                .orElseThrow());
        assertThat(Files.readString(aside)).contains("abcd1234");
        assertThat(store.load("p2")).containsEntry("accessToken", "t");
        assertThat(names()).hasSize(2);
    }

    @Test
    void aSaveThatCannotWriteSaysSoWithoutTheSecret() throws IOException {
        Files.writeString(dir.resolve("blocker"), "x");
        FileSecretStore store = new FileSecretStore(dir.resolve("blocker").resolve("secrets.json"));
        assertThatThrownBy(() -> store.save("p1", Map.of("clientSecret", "s3cr3t-value")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Could not save secrets");
    }

    @Test
    void theStoreOfAUserLivesInTheirConfigFolder() {
        AppDirs dirs = new AppDirs(dir.resolve("config"), dir.resolve("data"));
        FileSecretStore.in(dirs).save("p1", Map.of("accessToken", "t"));
        assertThat(Files.exists(dir.resolve("config").resolve("secrets.json"))).isTrue();
    }

    @Test
    void aSaveOverAnUnreadableFileKeepsItAsideAndWritesTheNewSecrets() throws IOException {
        Files.writeString(file(), "{\"p1\":");
        FileSecretStore store = new FileSecretStore(file());
        store.save("p2", Map.of("accessToken", "t"));
        assertThat(new FileSecretStore(file()).load("p2")).containsEntry("accessToken", "t");
        assertThat(names()).hasSize(2).anyMatch(n -> n.startsWith("secrets.json.unreadable-"));
    }
}
