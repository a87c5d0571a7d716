package org.badgemanager.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of it: write a temp
 * file beside it, flush it to disk, then rename it over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, String content, boolean ownerOnly) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (ownerOnly && supportsPosix(target)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(content));
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * The rename itself lives in the folder: without this a power cut right after could bring back the old file
     * (the edit journal must be on disk before a badge is deleted, a backup before the first activity is). Windows
     * cannot open a folder this way; there NTFS journals the rename itself. Best effort: the file's own content is
     * already synced.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            System.getLogger(AtomicFiles.class.getName()).log(System.Logger.Level.DEBUG, "Folder not synced",
                    notSupported);
        }
    }

    static boolean supportsPosix(Path path) {
        return path.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
