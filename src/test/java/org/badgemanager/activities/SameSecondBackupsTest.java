package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgemanager.bitrix.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups are named by the second: two runs started in the same second (two windows, the window and the command
 * line, two threads) must each get a file of their own and both backups must be whole on disk.
 */
class SameSecondBackupsTest {
    private static final Clock SAME_INSTANT = Clock.fixed(Instant.parse("2026-03-04T12:05:09Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Map<Long, ObjectNode> records(long from, int count) {
        Map<Long, ObjectNode> records = new LinkedHashMap<>();
        for (long id = from; id < from + count; id++) {
            records.put(id, Json.object().put("ID", String.valueOf(id)).put("SUBJECT", "Call " + id));
        }
        return records;
    }

    private static List<Long> ids(Path backup) throws Exception {
        return BackupFile.read(backup).records().stream().map(r -> r.path("ID").asLong()).toList();
    }

    @Test
    void twoWritersOpenAtTheSameInstantWriteTwoWholeBackups() throws Exception {
        Path first;
        Path second;
        // both are open before either finishes: the second must not take (or delete) the first one's part file
        try (BackupWriter a = BackupWriter.create(dir, "portal.example.com", SAME_INSTANT);
             BackupWriter b = BackupWriter.create(dir, "portal.example.com", SAME_INSTANT)) {
            assertThat(b.target()).isNotEqualTo(a.target());
            a.append(records(1, 3));
            b.append(records(100, 2));
            first = a.finish(List.of());
            second = b.finish(List.of());
        }

        assertThat(ids(first)).containsExactly(1L, 2L, 3L);
        assertThat(ids(second)).containsExactly(100L, 101L);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "activities-20260304-120509-2.json", "activities-20260304-120509.json");
        }
    }

    @Test
    void aStreamedBackupNeverTakesTheNameOfOneStillBeingWritten() throws Exception {
        try (BackupWriter whole = BackupWriter.create(dir, "p", SAME_INSTANT);
             BackupWriter streamed = BackupWriter.streamed(dir, "p",
                     new BackupWriter.Run(BackupWriter.MATCHING_DELETE, 0), SAME_INSTANT)) {
            assertThat(streamed.target()).isNotEqualTo(whole.target());
            streamed.appendDurably(records(7, 2).values());
            whole.append(records(1, 1));
            Path wholeFile = whole.finish(List.of());
            Path streamedFile = streamed.finish(List.of());

            assertThat(ids(wholeFile)).containsExactly(1L);
            assertThat(ids(streamedFile)).containsExactly(7L, 8L);
        }
    }

    @Test
    void aPartFileBeingWrittenIsNotRemovedAsLeftBehind() throws Exception {
        try (BackupWriter writer = BackupWriter.create(dir, "p", SAME_INSTANT)) {
            writer.append(records(1, 2));
            assertThat(BackupWriter.removeUnfinished(dir)).isEmpty();
            assertThat(ids(writer.finish(List.of()))).containsExactly(1L, 2L);
        }
    }

    @Test
    void manyWritersStartedTogetherOnThreadsEachGetTheirOwnCompleteFile() throws Exception {
        int writers = 6;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long from = 1000L * (w + 1);
                boolean streamed = w % 2 == 1;
                Callable<Path> run = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try (BackupWriter writer = streamed
                            ? BackupWriter.streamed(dir, "p", new BackupWriter.Run(BackupWriter.MATCHING_DELETE, 0),
                            SAME_INSTANT)
                            : BackupWriter.create(dir, "p", SAME_INSTANT)) {
                        writer.appendDurably(records(from, 5).values());
                        return writer.finish(List.of());
                    }
                };
                results.add(pool.submit(run));
            }
            List<Path> files = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Path file = results.get(w).get(30, TimeUnit.SECONDS);
                long from = 1000L * (w + 1);
                assertThat(ids(file)).containsExactly(from, from + 1, from + 2, from + 3, from + 4);
                files.add(file);
            }
            assertThat(files).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
