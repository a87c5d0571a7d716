package org.badgemanager.activities;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.badgemanager.bitrix.Json;

/**
 * A backup written by {@link BackupWriter}, read back: its header for the list of backups (read as a stream, the
 * records skipped, so a folder of big backups lists quickly), or everything for a restore.
 *
 * @param run     what made it ({@link BackupWriter#BULK_DELETE}, {@link BackupWriter#RETRY}, ...; "" in backups
 *                written before the run was recorded)
 * @param count   records it holds
 */
public record BackupFile(Path path, String created, String portal, String run, int requested, int count) {

    /** The whole backup: header, records in the order written, and the ids the portal did not give back. */
    public record Contents(BackupFile header, List<ObjectNode> records, List<Long> unreadable) {
    }

    /** The backups of {@code portal} in {@code folder}, newest first; files that are not backups are skipped. */
    public static List<BackupFile> list(Path folder, String portal) throws IOException {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                try {
                    BackupFile header = header(file);
                    if (portal == null || portal.equals(header.portal())) {
                        found.add(header);
                    }
                } catch (IOException notABackup) {
                    // another file in the folder, or one cut short: not offered for a restore
                }
            }
        }
        found.sort(Comparator.comparing(BackupFile::created).reversed()
                .thenComparing(f -> f.path().getFileName().toString(), Comparator.reverseOrder()));
        return found;
    }

    /** The header only; the records are counted, not kept. */
    public static BackupFile header(Path file) throws IOException {
        return read(file, false).header();
    }

    /** Everything in the file. */
    public static Contents read(Path file) throws IOException {
        return read(file, true);
    }

    private static Contents read(Path file, boolean keepRecords) throws IOException {
        String kind = "";
        String created = "";
        String portal = "";
        String run = "";
        int requested = 0;
        int count = -1;
        int seen = 0;
        List<ObjectNode> records = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        boolean inRecords = false;
        try (InputStream in = Files.newInputStream(file);
             JsonParser json = Json.mapper().getFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup(file);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "kind" -> kind = json.getValueAsString("");
                    case "created" -> created = json.getValueAsString("");
                    case "portal" -> portal = json.getValueAsString("");
                    case "count" -> count = json.getValueAsInt(-1);
                    case "run" -> {
                        JsonNode node = Json.mapper().readTree(json);
                        run = node.path("kind").asText("");
                        requested = node.path("requested").asInt();
                    }
                    case "activities" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw notABackup(file);
                        }
                        inRecords = true;
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            if (keepRecords) {
                                records.add(Json.mapper().readTree(json));
                            } else {
                                json.skipChildren();
                            }
                            seen++;
                        }
                        inRecords = false;
                    }
                    case "unreadable" -> {
                        JsonNode node = Json.mapper().readTree(json);
                        node.forEach(id -> unreadable.add(id.asLong()));
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a streamed backup of a run that was killed ends after its last whole record: those records are
            // the backup (nothing after them was deleted by that run)
            if (!(inRecords && BackupWriter.MATCHING_DELETE.equals(run))) {
                throw new IOException(file.getFileName() + " is not a complete backup: " + e.getOriginalMessage(), e);
            }
        }
        if (!BackupWriter.KIND.equals(kind)) {
            throw notABackup(file);
        }
        BackupFile header = new BackupFile(file, created, portal, run, requested, count < 0 ? seen : count);
        return new Contents(header, records, unreadable);
    }

    private static IOException notABackup(Path file) {
        return new IOException(file.getFileName() + " is not a Badge Manager backup of activities.");
    }
}
