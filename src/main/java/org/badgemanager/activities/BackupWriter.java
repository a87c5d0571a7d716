package org.badgemanager.activities;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.badgemanager.bitrix.Json;
import org.badgemanager.settings.AtomicFiles;

/**
 * Streams the full records of activities about to be deleted into a JSON file, chunk by chunk, so a backup of
 * many thousands never sits in memory. The file appears under its final name only once it is complete and on
 * disk (written to a temp file, fsynced, renamed, folder fsynced): a file that exists is a whole backup.
 */
public final class BackupWriter implements AutoCloseable {
    public static final String KIND = "badge-manager.activities-backup";
    private static final String PART = ".part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Part files this process is writing now: never removed as left behind. */
    private static final Set<Path> LIVE_PARTS = ConcurrentHashMap.newKeySet();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final JsonGenerator json;
    private final boolean streamed;
    private int written;
    private boolean finished;

    private BackupWriter(Path target, String portal, Run run, Clock clock, boolean streamed) throws IOException {
        this.target = target;
        this.streamed = streamed;
        // a streamed backup is written under its final name: its records must survive a kill of the run that
        // deletes them, chunk by chunk (see #streamed)
        this.temp = streamed ? target : partOf(target);
        // the file was created by #claim, so no other writer can be writing into it
        channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        if (!streamed) {
            LIVE_PARTS.add(temp.toAbsolutePath());
            // tells another process's clean-up (#removeUnfinished) that this part is being written; the OS drops
            // the lock when this process ends, however it ends
            try {
                channel.tryLock();
            } catch (IOException noLocksHere) {
                // a file system without locks: only this process's own list keeps the part from the clean-up
            }
        }
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        json = Json.mapper().getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("kind", KIND);
        json.writeNumberField("version", 1);
        json.writeStringField("created", clock.instant().toString());
        json.writeStringField("portal", portal == null ? "" : portal);
        json.writeObjectFieldStart("run");
        json.writeStringField("kind", run.kind());
        json.writeNumberField("requested", run.requested());
        json.writeEndObject();
        json.writeArrayFieldStart("activities");
    }

    /**
     * What made a backup, kept in the file so the Backups view can say it: {@code kind} such as
     * {@value #BULK_DELETE} or {@value #RETRY}, and how many activities that run was asked to delete.
     */
    public record Run(String kind, int requested) {
    }

    public static final String BULK_DELETE = "bulk-delete";
    /** A delete of everything a search found, backed up chunk by chunk while it deletes. */
    public static final String MATCHING_DELETE = "delete-matching";
    public static final String RETRY = "retry";

    /** A new backup file in {@code folder}, named by the time; never over an older backup. */
    public static BackupWriter create(Path folder, String portal, Clock clock) throws IOException {
        return create(folder, portal, new Run(BULK_DELETE, 0), clock);
    }

    public static BackupWriter create(Path folder, String portal, Run run, Clock clock) throws IOException {
        return new BackupWriter(claim(folder, clock, false), portal, run, clock, false);
    }

    /**
     * A backup written while its activities are deleted, for runs too big to back up whole first: each
     * {@link #appendDurably} is on disk (flushed and synced) when it returns, so the caller deletes only ids whose
     * records are already safe. The file has its final name from the start; if the run is killed it ends after the
     * last whole record, and {@link BackupFile} reads such a file as far as it goes.
     */
    public static BackupWriter streamed(Path folder, String portal, Run run, Clock clock) throws IOException {
        BackupWriter writer = new BackupWriter(claim(folder, clock, true), portal, run, clock, true);
        writer.json.flush();
        writer.channel.force(true);
        AtomicFiles.syncDirectory(folder);
        return writer;
    }

    /**
     * Picks a name no other writer has, in this process or another, and creates the file to write (the part file,
     * or the final file of a streamed backup) so that it is ours: names are by the second, and two runs started in
     * the same second must never write into one file. The part file is the claim: it is created atomically
     * ({@code CREATE_NEW}), so of two writers that pick the same name only one gets it and the other tries the next
     * suffix; a name whose final file already exists is skipped, checked again once the claim is held (an earlier
     * writer renames its part to the final name, so after our claim succeeds a final file of that name would show).
     */
    private static Path claim(Path folder, Clock clock, boolean streamed) throws IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder.resolve("activities-" + stamp + (n == 1 ? "" : "-" + n) + ".json");
            Path part = partOf(file);
            if (Files.exists(file) || !createNew(part)) {
                continue;
            }
            if (Files.exists(file)) {
                Files.deleteIfExists(part);
                continue;
            }
            if (!streamed) {
                return file;
            }
            // a streamed backup is written under its final name: create it while the claim keeps the name, then
            // let the claim go (from now on the final file itself keeps the name)
            boolean created = createNew(file);
            Files.deleteIfExists(part);
            if (created) {
                return file;
            }
        }
    }

    /** Creates {@code file} only if no file of that name exists; false when one does. Owner-only where possible. */
    private static boolean createNew(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Customer data: readable by the owner only.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }

    private static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + PART);
    }

    /**
     * Removes the unfinished backups a killed run left behind ({@code *.json.part}) and returns their names. They
     * are safe to remove: a run deletes nothing before its backup is complete under its final name, so a part
     * file only ever holds records of activities that were never deleted by that run. A part still being written
     * (by this process, or by another app or command that holds its lock) is left alone.
     */
    public static List<String> removeUnfinished(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path part : parts) {
                if (!LIVE_PARTS.contains(part.toAbsolutePath()) && !lockedByAnother(part)) {
                    Files.deleteIfExists(part);
                    removed.add(part.getFileName().toString());
                }
            }
        }
        return removed;
    }

    private static boolean lockedByAnother(Path part) {
        try (FileChannel probe = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = probe.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException ours) {
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    public Path target() {
        return target;
    }

    public void append(Map<Long, ObjectNode> records) throws IOException {
        for (ObjectNode record : records.values()) {
            json.writeTree(record);
            written++;
        }
    }

    /** Appends the records and returns only once they are on disk. */
    public void appendDurably(Iterable<ObjectNode> records) throws IOException {
        for (ObjectNode record : records) {
            json.writeTree(record);
            written++;
        }
        json.flush();
        channel.force(false);
    }

    public int written() {
        return written;
    }

    /** Completes the file and makes it durable; {@code unreadable} are ids the portal did not give back. */
    public Path finish(Collection<Long> unreadable) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("unreadable");
        for (Long id : unreadable) {
            json.writeNumber(id);
        }
        json.writeEndArray();
        json.writeNumberField("count", written);
        json.writeEndObject();
        json.flush();
        channel.force(true);
        json.close();
        if (!streamed) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            LIVE_PARTS.remove(temp.toAbsolutePath());
        }
        AtomicFiles.syncDirectory(target.getParent());
        finished = true;
        return target;
    }

    /**
     * Without {@link #finish}, the partial file is removed, unless it is streamed: then its records may be of
     * activities already deleted, and it stays, ending after its last whole record.
     */
    @Override
    public void close() throws IOException {
        if (!finished) {
            if (streamed) {
                json.flush();
                channel.force(false);
                channel.close();
                return;
            }
            json.close();
            Files.deleteIfExists(temp);
            LIVE_PARTS.remove(temp.toAbsolutePath());
        }
    }
}
