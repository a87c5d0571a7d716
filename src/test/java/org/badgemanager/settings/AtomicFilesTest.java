package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save leaves the whole new content, no temp file, and owner-only permissions where asked. */
class AtomicFilesTest {
    @TempDir Path dir;

    private String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheContentInUtf8CreatingTheFolders() throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("x.json");
        AtomicFiles.write(target, "Привет ••• {}", false);
        assertThat(Files.readString(target)).isEqualTo("Привет ••• {}");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void replacesTheOldContentWhole() throws IOException {
        Path target = dir.resolve("x.json");
        AtomicFiles.write(target, "a much longer first version of the file", false);
        AtomicFiles.write(target, "short", false);
        assertThat(Files.readString(target)).isEqualTo("short");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void ownerOnlyFilesCanBeReadByTheirOwnerAlone() throws IOException {
        Path target = dir.resolve("secrets.json");
        AtomicFiles.write(target, "{}", true);
        assertThat(permissions(target)).isEqualTo("rw-------");
        AtomicFiles.write(target, "{\"a\":1}", true);
        assertThat(permissions(target)).isEqualTo("rw-------");
        assertThat(Files.readString(target)).isEqualTo("{\"a\":1}");
    }

    @Test
    void otherFilesKeepTheUsualPermissions() throws IOException {
        Path target = dir.resolve("settings.json");
        AtomicFiles.write(target, "{}", false);
        assertThat(permissions(target)).isNotEqualTo("rw-------").startsWith("rw-");
    }

    @Test
    void aTempFileLeftByACrashIsReplacedNotAnObstacle() throws IOException {
        Path target = dir.resolve("secrets.json");
        Path leftover = dir.resolve("secrets.json.tmp");
        Files.writeString(leftover, "half of an older save, with more text than the new one");
        Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.write(target, "{}", true);

        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(permissions(target)).isEqualTo("rw-------");
        assertThat(Files.exists(leftover)).isFalse();
    }

    @Test
    void aFolderInTheWayIsAnError() throws IOException {
        Files.writeString(dir.resolve("blocker"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("blocker").resolve("x.json"), "{}", false))
                .isInstanceOf(IOException.class);
    }

    @Test
    void thisFileSystemHasPosixPermissions() {
        assertThat(AtomicFiles.supportsPosix(dir.resolve("x"))).isTrue();
    }
}
