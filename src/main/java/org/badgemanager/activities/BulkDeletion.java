package org.badgemanager.activities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.badgemanager.bitrix.BitrixClient;

/**
 * A bulk delete as the admin asked for it: first, optionally, a backup of the full records, complete on disk
 * before the first delete is sent; then the deletes, 50 per batch. Cancelling stops between batches; a backup
 * that cannot be read or written completely stops everything before anything is deleted.
 */
public final class BulkDeletion {
    public enum Phase { BACKUP, DELETE }

    @FunctionalInterface
    public interface Listener {
        void progress(Phase phase, int done, int total);
    }

    /** The report, and the backup file when one was written. */
    public record Result(BulkDeleteReport report, Path backupFile, int backedUp) {
    }

    private final ActivityService service;
    private final Clock clock;

    public BulkDeletion(ActivityService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** @param backupFolder where to write the backup; null for no backup */
    public Result run(List<Long> ids, Path backupFolder, String portal, BooleanSupplier cancelled, Listener listener)
            throws IOException {
        return run(ids, backupFolder, portal, BackupWriter.BULK_DELETE, cancelled, listener);
    }

    /** @param runKind what this run is, written into the backup ({@link BackupWriter#BULK_DELETE}, ...) */
    public Result run(List<Long> ids, Path backupFolder, String portal, String runKind, BooleanSupplier cancelled,
                      Listener listener) throws IOException {
        List<Long> unique = ids.stream().distinct().toList();
        Path backup = null;
        int backedUp = 0;
        if (backupFolder != null) {
            try (BackupWriter writer = BackupWriter.create(backupFolder, portal,
                    new BackupWriter.Run(runKind, unique.size()), clock)) {
                List<Long> unreadable = new ArrayList<>();
                listener.progress(Phase.BACKUP, 0, unique.size());
                for (int i = 0; i < unique.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
                    if (cancelled.getAsBoolean()) {
                        return new Result(untouched(unique, "Cancelled during the backup."), null, backedUp);
                    }
                    List<Long> chunk = unique.subList(i, Math.min(unique.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
                    Map<Long, ObjectNode> records = service.backupRecords(chunk);
                    writer.append(records);
                    backedUp += records.size();
                    chunk.stream().filter(id -> !records.containsKey(id)).forEach(unreadable::add);
                    listener.progress(Phase.BACKUP, i + chunk.size(), unique.size());
                }
                backup = writer.finish(unreadable);
            }
        }
        listener.progress(Phase.DELETE, 0, unique.size());
        BulkDeleteReport report = service.deleteMany(unique, cancelled,
                p -> listener.progress(Phase.DELETE, p.done(), p.total()));
        return new Result(report, backup, backedUp);
    }

    private static BulkDeleteReport untouched(List<Long> ids, String reason) {
        return new BulkDeleteReport(ids.stream().map(id -> DeleteOutcome.notAttempted(id, reason)).toList(),
                true, null, 0);
    }
}
