package org.badgemanager.activities;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final JsonGenerator json;
    private int written;
    private boolean finished;

    private BackupWriter(Path target, String portal, Run run, Clock clock) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + PART);
        Files.deleteIfExists(temp);
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Customer data: readable by the owner only.
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
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
    public static final String RETRY = "retry";

    /** A new backup file in {@code folder}, named by the time; never over an older backup. */
    public static BackupWriter create(Path folder, String portal, Clock clock) throws IOException {
        return create(folder, portal, new Run(BULK_DELETE, 0), clock);
    }

    public static BackupWriter create(Path folder, String portal, Run run, Clock clock) throws IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path file = folder.resolve("activities-" + stamp + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("activities-" + stamp + "-" + n + ".json");
        }
        return new BackupWriter(file, portal, run, clock);
    }

    /**
     * Removes the unfinished backups a killed run left behind ({@code *.json.part}) and returns their names. They
     * are safe to remove: a run deletes nothing before its backup is complete under its final name, so a part
     * file only ever holds records of activities that were never deleted by that run.
     */
    public static List<String> removeUnfinished(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                removed.add(part.getFileName().toString());
            }
        }
        return removed;
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
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
        AtomicFiles.syncDirectory(target.getParent());
        finished = true;
        return target;
    }

    /** Without {@link #finish}, the partial file is removed. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            json.close();
            Files.deleteIfExists(temp);
        }
    }
}
