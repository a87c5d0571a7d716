package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.bitrix.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup file on disk: its name, its content, who may read it, and what an unfinished one leaves. */
class BackupFilesTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-04T12:05:09Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Map<Long, ObjectNode> records(long... ids) {
        Map<Long, ObjectNode> records = new LinkedHashMap<>();
        for (long id : ids) {
            records.put(id, Json.object().put("ID", String.valueOf(id)).put("SUBJECT", "Call " + id));
        }
        return records;
    }

    private List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFinishedBackupHoldsEveryRecordTheUnreadableIdsAndTheCount() throws Exception {
        Path file;
        try (BackupWriter writer = BackupWriter.create(dir, "portal.example.com", NOON)) {
            writer.append(records(1, 2));
            writer.append(records(3));
            file = writer.finish(List.of(7L, 8L));
        }

        assertThat(file.getFileName().toString()).isEqualTo("activities-20260304-120509.json");
        var backup = Json.parse(Files.readString(file));
        assertThat(backup.path("kind").asText()).isEqualTo(BackupWriter.KIND);
        assertThat(backup.path("version").asInt()).isEqualTo(1);
        assertThat(backup.path("created").asText()).isEqualTo("2026-03-04T12:05:09Z");
        assertThat(backup.path("portal").asText()).isEqualTo("portal.example.com");
        assertThat(backup.path("activities")).hasSize(3);
        assertThat(backup.path("activities").get(2).path("SUBJECT").asText()).isEqualTo("Call 3");
        assertThat(backup.path("unreadable").toString()).isEqualTo("[7,8]");
        assertThat(backup.path("count").asInt()).isEqualTo(3);
        assertThat(namesIn(dir)).containsExactly("activities-20260304-120509.json");
    }

    @Test
    void aSecondBackupInTheSameSecondGetsItsOwnName() throws Exception {
        Path first;
        Path second;
        Path third;
        try (BackupWriter writer = BackupWriter.create(dir, null, NOON)) {
            first = writer.finish(List.of());
        }
        try (BackupWriter writer = BackupWriter.create(dir, null, NOON)) {
            second = writer.finish(List.of());
        }
        try (BackupWriter writer = BackupWriter.create(dir, null, NOON)) {
            assertThat(writer.target().getFileName().toString()).isEqualTo("activities-20260304-120509-3.json");
            third = writer.finish(List.of());
        }

        assertThat(second.getFileName().toString()).isEqualTo("activities-20260304-120509-2.json");
        assertThat(namesIn(dir)).containsExactlyInAnyOrder(first.getFileName().toString(), second.getFileName().toString(),
                third.getFileName().toString());
        assertThat(Json.parse(Files.readString(first)).path("portal").asText()).isEmpty();
    }

    @Test
    void onlyTheOwnerMayReadABackup() throws Exception {
        Path file;
        try (BackupWriter writer = BackupWriter.create(dir, "p", NOON)) {
            file = writer.finish(List.of());
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aBackupClosedUnfinishedLeavesNoFile() throws Exception {
        try (BackupWriter writer = BackupWriter.create(dir, "p", NOON)) {
            writer.append(records(1));
            assertThat(namesIn(dir)).containsExactly("activities-20260304-120509.json.part");
        }
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void leftoverPartFilesAreRemovedAndNamedOthersKept() throws Exception {
        Files.writeString(dir.resolve("activities-1.json.part"), "{");
        Files.writeString(dir.resolve("activities-2.json.part"), "{");
        Files.writeString(dir.resolve("activities-3.json"), "{}");

        List<String> removed = BackupWriter.removeUnfinished(dir);

        assertThat(removed).containsExactlyInAnyOrder("activities-1.json.part", "activities-2.json.part");
        assertThat(namesIn(dir)).containsExactly("activities-3.json");
        assertThat(BackupWriter.removeUnfinished(dir.resolve("never-made"))).isEmpty();
    }
}
