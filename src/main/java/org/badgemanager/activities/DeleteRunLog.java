package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.badgemanager.bitrix.Json;
import org.badgemanager.settings.AtomicFiles;

/**
 * The report of a delete of everything a search found, kept on disk as it goes (one JSON object a line, synced
 * after every batch) instead of in memory: a run of a million ids holds only its counts here. It is also the
 * run's journal: what was asked (portal, filter, how many matched), which ids a batch is about to delete
 * ({@code sending}), each id's outcome, and the keyset cursor (every matching id up to it is done). A run that was
 * cancelled, refused or killed is continued from it ({@link MatchingDeletion#resume}); a line cut short by a kill
 * is ignored.
 */
public final class DeleteRunLog implements AutoCloseable {
    public static final String SUFFIX = ".deleterun";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** How a run ended; {@code OPEN} while it runs or when it was killed. */
    public enum End { OPEN, FINISHED, CANCELLED, STOPPED }

    /** What the run is for. {@code expected}: the count the admin confirmed (one counted call). */
    public record Plan(String portal, ActivityFilter filter, long expected, boolean backup, String started) {
    }

    private final Path file;
    private final Plan plan;
    private final Map<DeleteOutcome.Status, Long> counts = new EnumMap<>(DeleteOutcome.Status.class);
    private final List<String> backups = new ArrayList<>();
    private long cursor;
    /** Ids sent in batches whose answers are not written yet (several when batches run side by side). */
    private final java.util.TreeSet<Long> inFlight = new java.util.TreeSet<>();
    /** Ids above the cursor with an outcome already (batches that finished before an earlier one). */
    private final java.util.TreeSet<Long> doneAbove = new java.util.TreeSet<>();
    private End end = End.OPEN;
    private String stopCode = "";
    private JsonLinesLog out;

    private DeleteRunLog(Path file, Plan plan) {
        this.file = file;
        this.plan = plan;
    }

    /** A new report in {@code folder}, named by the time. */
    public static DeleteRunLog create(Path folder, Plan plan, Clock clock) throws IOException {
        Path file = claimName(folder, clock);
        DeleteRunLog log = new DeleteRunLog(file, plan);
        log.openForAppend();
        ObjectNode run = Json.object();
        ObjectNode p = run.putObject("run");
        p.put("portal", plan.portal() == null ? "" : plan.portal());
        p.set("filter", plan.filter().toJson());
        p.put("expected", plan.expected());
        p.put("backup", plan.backup());
        p.put("started", plan.started());
        // orders reports of the same second (names have second resolution): see UnfinishedRuns
        p.put("startedMillis", clock.millis());
        log.line(run);
        log.sync();
        AtomicFiles.syncDirectory(folder);
        return log;
    }

    /**
     * A report name of its own, created empty: the file is created atomically ({@code CREATE_NEW}), so two runs
     * started in the same second (two windows, or the window and the command line) never write into one report;
     * the later one takes the next suffix.
     */
    private static Path claimName(Path folder, Clock clock) throws IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder.resolve("delete-run-" + stamp + (n == 1 ? "" : "-" + n) + SUFFIX);
            try {
                return Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // the next suffix
            }
        }
    }

    /** Reads a report back (its counts, cursor and end), ready to be continued. */
    public static DeleteRunLog open(Path file) throws IOException {
        DeleteRunLog[] log = {null};
        IOException[] notAReport = {null};
        JsonLinesLog.read(file, node -> {
            if (notAReport[0] != null) {
                return;
            }
            if (log[0] == null) {
                try {
                    log[0] = new DeleteRunLog(file, planOf(node.path("run"), file));
                } catch (IOException e) {
                    notAReport[0] = e;
                }
                return;
            }
            log[0].replay(node);
        });
        if (notAReport[0] != null) {
            throw notAReport[0];
        }
        if (log[0] == null) {
            throw new IOException(file.getFileName() + " is not a report of a delete run.");
        }
        return log[0];
    }

    private static Plan planOf(JsonNode run, Path file) throws IOException {
        if (!run.isObject()) {
            throw new IOException(file.getFileName() + " is not a report of a delete run.");
        }
        JsonNode f = run.path("filter");
        ActivityFilter filter = new ActivityFilter(
                f.has("OWNER_TYPE_ID") ? f.get("OWNER_TYPE_ID").asInt() : null,
                f.has("OWNER_ID") ? f.get("OWNER_ID").asLong() : null,
                f.has("TYPE_ID") ? f.get("TYPE_ID").asInt() : null,
                f.has("PROVIDER_ID") ? f.get("PROVIDER_ID").asText() : null,
                f.has("COMPLETED") ? "Y".equals(f.get("COMPLETED").asText()) : null,
                f.has("RESPONSIBLE_ID") ? f.get("RESPONSIBLE_ID").asLong() : null,
                f.has(">=CREATED") ? f.get(">=CREATED").asText() : null,
                f.has("<=CREATED") ? f.get("<=CREATED").asText() : null);
        return new Plan(run.path("portal").asText(""), filter, run.path("expected").asLong(),
                run.path("backup").asBoolean(), run.path("started").asText(""));
    }

    private void replay(JsonNode node) {
        if (node.has("batch")) {
            for (JsonNode o : node.get("batch")) {
                counts.merge(DeleteOutcome.Status.valueOf(o.path(1).asText()), 1L, Long::sum);
                doneAbove.add(o.path(0).asLong());
            }
            node.path("settled").forEach(id -> inFlight.remove(id.asLong()));
            advance(node.path("cursor").asLong());
        } else if (node.has("sending")) {
            node.get("sending").forEach(id -> inFlight.add(id.asLong()));
        } else if (node.has("backupFile")) {
            backups.add(node.get("backupFile").asText());
        } else if (node.has("end")) {
            end = End.valueOf(node.get("end").asText());
            stopCode = node.path("code").asText("");
        } else if (node.has("resumed")) {
            end = End.OPEN;
            stopCode = "";
        }
    }

    /**
     * The newest report in {@code folder} of {@code portal} that did not finish, if any; reads only the first and
     * last line of each report, and nothing of a report unchanged since the last look (see {@link UnfinishedRuns}).
     */
    public static Optional<Path> latestUnfinished(Path folder, String portal) {
        return UnfinishedRuns.latest(folder, portal);
    }

    /** What the offer to continue a stopped run says: the report, how many it deleted, how many were found. */
    public record Unfinished(Path file, long deleted, long expected) {
    }

    /**
     * As {@link #latestUnfinished}, with the run's counts; the whole report is read for them only when it changed
     * since the last look.
     */
    public static Optional<Unfinished> latestUnfinishedWithCounts(Path folder, String portal) {
        return UnfinishedRuns.latestWithCounts(folder, portal);
    }

    /** Continue writing to a report read with {@link #open}. */
    void reopen() throws IOException {
        openForAppend();
        ObjectNode resumed = Json.object();
        resumed.put("resumed", cursor);
        line(resumed);
        end = End.OPEN;
        stopCode = "";
        sync();
    }

    private void openForAppend() throws IOException {
        out = JsonLinesLog.openForAppend(file);
    }

    void backupFile(Path backup) throws IOException {
        ObjectNode node = Json.object();
        node.put("backupFile", backup.toString());
        line(node);
        backups.add(backup.toString());
        sync();
    }

    /** Before a batch goes out: the ids it deletes, durable, so a kill during the batch is accounted for. */
    void sending(List<Long> ids) throws IOException {
        ObjectNode node = Json.object();
        ArrayNode list = node.putArray("sending");
        ids.forEach(list::add);
        line(node);
        sync();
        inFlight.addAll(ids);
    }

    private void advance(long newCursor) {
        cursor = Math.max(cursor, newCursor);
        doneAbove.headSet(cursor, true).clear();
    }

    /**
     * After a batch: its outcomes and the new cursor (every matching id up to it is done), in one line, so a kill
     * leaves either all of them or none.
     */
    void batchDone(List<DeleteOutcome> outcomes, long newCursor) throws IOException {
        batchDone(outcomes.stream().map(DeleteOutcome::id).toList(), outcomes, newCursor);
    }

    /** {@code settled}: the ids sent in the batch (with or without an outcome: refused ones are listed again). */
    void batchDone(List<Long> settled, List<DeleteOutcome> outcomes, long newCursor) throws IOException {
        ObjectNode node = Json.object();
        ArrayNode batch = node.putArray("batch");
        for (DeleteOutcome o : outcomes) {
            batch.addArray().add(o.id()).add(o.status().name()).add(o.code() == null ? "" : o.code())
                    .add(o.description() == null ? "" : o.description());
        }
        ArrayNode ids = node.putArray("settled");
        settled.forEach(ids::add);
        node.put("cursor", Math.max(cursor, newCursor));
        line(node);
        sync();
        outcomes.forEach(o -> {
            counts.merge(o.status(), 1L, Long::sum);
            doneAbove.add(o.id());
        });
        settled.forEach(inFlight::remove);
        advance(newCursor);
    }

    java.util.Set<Long> doneAboveIds() {
        return java.util.Set.copyOf(doneAbove);
    }

    /** Whether the id has an outcome although it is above the cursor (its batch overtook an earlier one). */
    boolean doneAboveCursor(long id) {
        return doneAbove.contains(id);
    }

    void end(End how, String code) throws IOException {
        ObjectNode node = Json.object();
        node.put("end", how.name());
        node.put("code", code == null ? "" : code);
        line(node);
        sync();
        end = how;
        stopCode = code == null ? "" : code;
    }

    private void line(ObjectNode node) throws IOException {
        out.append(node, false);
    }

    private void sync() throws IOException {
        out.sync();
    }

    /**
     * The outcomes in the report that {@code which} accepts, read from disk in the order written; at most
     * {@code limit} of them.
     */
    public void outcomes(java.util.function.Predicate<DeleteOutcome> which, Consumer<DeleteOutcome> sink, long limit)
            throws IOException {
        long seen = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null && seen < limit) {
                if (!text.startsWith("{\"batch\"")) {
                    continue;
                }
                JsonNode batch;
                try {
                    batch = Json.mapper().readTree(text).get("batch");
                } catch (IOException cutShort) {
                    continue;
                }
                for (JsonNode o : batch) {
                    DeleteOutcome outcome = new DeleteOutcome(o.path(0).asLong(),
                            DeleteOutcome.Status.valueOf(o.path(1).asText()), o.path(2).asText(""),
                            o.path(3).asText(""));
                    if (seen < limit && which.test(outcome)) {
                        sink.accept(outcome);
                        seen++;
                    }
                }
            }
        }
    }

    public Path file() {
        return file;
    }

    public Plan plan() {
        return plan;
    }

    public Map<DeleteOutcome.Status, Long> counts() {
        return new EnumMap<>(counts);
    }

    public long count(DeleteOutcome.Status status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Ids with an outcome so far. */
    public long done() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every matching id up to this one has an outcome. */
    public long cursor() {
        return cursor;
    }

    /** The ids of a batch that went out without its answer being written (a kill during it); empty otherwise. */
    public List<Long> inFlight() {
        return List.copyOf(inFlight);
    }

    public List<String> backupFiles() {
        return List.copyOf(backups);
    }

    public End end() {
        return end;
    }

    public String stopCode() {
        return stopCode;
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
