package org.badgemanager.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.activities.DeleteOutcome.Status;

/**
 * The report of {@code delete-activities} in the user's language: the backup, the counts, a line per id that is
 * not gone (its status in words, the portal's code and text; for one not attempted, why), and how the run ended.
 * Every id not gone is accounted for: up to {@value #SHOWN} are listed; when there are more, all of them are
 * written to a file of ids (one a line, readable by {@code --ids-file}) and the report says where.
 */
final class DeleteReportText {
    /** Gone either way: deleted now, or not there (any more). */
    static final Set<Status> SETTLED = Set.of(Status.DELETED, Status.NOT_FOUND);
    /** More lines than this would bury the counts in a terminal: the rest go to the file. */
    static final int SHOWN = 50;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Texts texts;
    private final Clock clock;

    DeleteReportText(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** The lines to print; {@code folder}: where the file of unsettled ids goes when there are too many to show. */
    Report lines(BulkDeletion.Result result, Path folder) throws IOException {
        BulkDeleteReport r = result.report();
        List<String> lines = new ArrayList<>();
        if (result.backupFile() != null) {
            lines.add(texts.get("delete.backup", result.backupFile(), result.backedUp()));
        }
        for (Map.Entry<Status, Long> e : r.counts().entrySet()) {
            lines.add(texts.get("delete.count." + e.getKey().name(), e.getValue()));
        }
        List<DeleteOutcome> unsettled = r.outcomes().stream().filter(o -> !SETTLED.contains(o.status())).toList();
        unsettled.stream().limit(SHOWN).forEach(o -> lines.add("  " + line(o, r.cancelled())));
        Path file = null;
        if (unsettled.size() > SHOWN) {
            file = writeIds(unsettled, folder);
            lines.add(texts.get("delete.unsettledFile", unsettled.size(), file));
        }
        if (r.stoppedBy() != null) {
            lines.add(texts.get("delete.stoppedBy", r.stoppedBy().code(), r.stoppedBy().description()));
        }
        if (r.cancelled()) {
            // cancelled before the backup was complete: nothing was deleted
            boolean inBackup = result.backupFile() == null && r.count(Status.DELETED) == 0
                    && r.count(Status.NOT_ATTEMPTED) == r.outcomes().size();
            lines.add(texts.get(inBackup ? "delete.cancelledInBackup" : "delete.cancelled"));
        }
        return new Report(lines, file);
    }

    /** The lines, and the file of every unsettled id (null when all of them are in the lines). */
    record Report(List<String> lines, Path unsettledFile) {
    }

    private String line(DeleteOutcome o, boolean cancelled) {
        String status = texts.get("delete.status." + o.status().name());
        if (o.status() == Status.NOT_ATTEMPTED) {
            // the core's reason is English; the user reads why in their language
            return texts.get("delete.failedLine", String.valueOf(o.id()), status, "",
                    texts.get(cancelled ? "delete.notAttempted.cancelled" : "delete.notAttempted.stopped"));
        }
        return texts.get("delete.failedLine", String.valueOf(o.id()), status, o.code() == null ? "" : o.code(),
                o.description() == null ? "" : o.description());
    }

    private Path writeIds(List<DeleteOutcome> unsettled, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder();
        unsettled.forEach(o -> text.append(o.id()).append('\n'));
        String stamp = LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder.resolve("not-deleted-" + stamp + (n == 1 ? "" : "-" + n) + ".txt");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException taken) {
                // the next suffix
            }
        }
    }
}
