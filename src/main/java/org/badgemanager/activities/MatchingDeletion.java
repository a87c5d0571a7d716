package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * Deletes everything a search finds, however many: the ids are found by keyset paging (ID order, {@code >ID} of
 * the last row, {@code start=-1}: no count), and finding them costs no request of its own. Each {@code batch}
 * carries the deletes of ids already backed up and, in its last commands, the list of the next pages (each after
 * the one before through a {@code $result} reference): 42 deletes + 8 lists, or 50 deletes while enough ids wait.
 * So 100 000 ids take ~2 040 requests where the deletes alone take 2 000.
 *
 * <p>The page's full records (with communications and files) are appended to a streamed backup and synced
 * before any of them is deleted (in the next batch). Before a batch goes out its ids are written to the
 * {@link DeleteRunLog}, and after it their outcomes and the new cursor; memory holds at most two pages of ids,
 * whatever the size of the run. Cancelling stops after the batch in flight; a run that stopped (cancelled,
 * refused, killed) continues from its log with {@link #resume}.
 *
 * <p>Why not delete a page's rows in the same batch that lists them ({@code id=$result[list][0][ID]})? Their
 * records would not be in the backup before the delete, and the log could not name the ids before they are sent.
 */
public final class MatchingDeletion {
    static final int PAGE = 50;
    /** At most this many batches side by side (fewer where the plan allows fewer requests in flight). */
    static final int MAX_IN_FLIGHT = 4;
    /** How often a wait for an answer looks at the Cancel flag. */
    private static final long CANCEL_CHECK_MS = 100;
    private static final String LIST = "list";

    @FunctionalInterface
    public interface Listener {
        /** After each batch: ids with an outcome so far, of {@code expected}. */
        void progress(long done, long expected);
    }

    private final BitrixClient client;
    private final Clock clock;

    public MatchingDeletion(ActivityService service, Clock clock) {
        this.client = service.client();
        this.clock = clock;
    }

    /**
     * Starts a new run. {@code expected}: the count the admin confirmed (from one counted call; the run never
     * counts again). {@code backupFolder} null: no backup. The log goes to {@code reportFolder}.
     */
    public DeleteRunLog start(ActivityFilter filter, long expected, String portal, Path backupFolder,
                              Path reportFolder, BooleanSupplier cancelled, Listener listener) throws IOException {
        DeleteRunLog log = DeleteRunLog.create(reportFolder, new DeleteRunLog.Plan(portal, filter, expected,
                backupFolder != null, clock.instant().toString()), clock);
        return run(log, backupFolder, cancelled, listener);
    }

    /**
     * Continues the run of {@code logFile} after the last id it finished: ids already done are skipped; ids of a
     * batch that was in flight when it stopped are deleted again if the portal still lists them, and are counted
     * as deleted if it no longer does.
     */
    public DeleteRunLog resume(Path logFile, Path backupFolder, BooleanSupplier cancelled, Listener listener)
            throws IOException {
        DeleteRunLog log = DeleteRunLog.open(logFile);
        log.reopen();
        return run(log, log.plan().backup() ? backupFolder : null, cancelled, listener);
    }

    private DeleteRunLog run(DeleteRunLog log, Path backupFolder, BooleanSupplier cancelled, Listener listener)
            throws IOException {
        try (log; BackupWriter backup = backupFolder == null ? null : BackupWriter.streamed(backupFolder,
                log.plan().portal(), new BackupWriter.Run(BackupWriter.MATCHING_DELETE,
                        (int) Math.min(Integer.MAX_VALUE, log.plan().expected())), clock)) {
            if (backup != null) {
                log.backupFile(backup.target());
            }
            settleInFlight(log);
            Pass pass = new Pass(log, backup, cancelled, listener);
            pass.run();
            if (backup != null) {
                backup.finish(List.of());
            }
            return log;
        }
    }

    /**
     * The ids of batches that were in flight when the run stopped: those the portal no longer has were deleted by
     * them and get that outcome. The cursor stays: ids before the in-flight ones may still be waiting (a batch
     * refused beside them), so the pass lists again from the cursor, skipping the ids that have an outcome, and
     * deletes what is still there.
     */
    private void settleInFlight(DeleteRunLog log) throws IOException {
        List<Long> ids = log.inFlight();
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> present = new HashSet<>();
        // a list answers at most one page: ask for a page's worth of ids at a time
        for (int from = 0; from < ids.size(); from += PAGE) {
            ObjectNode params = Json.object();
            ids.subList(from, Math.min(ids.size(), from + PAGE)).forEach(params.putObject("filter").putArray("@ID")::add);
            params.putArray("select").add("ID");
            params.put("start", -1);
            client.call("crm.activity.list", params).result().forEach(row -> present.add(row.path("ID").asLong()));
        }
        List<DeleteOutcome> gone = new ArrayList<>();
        for (long id : ids) {
            if (!present.contains(id)) {
                gone.add(new DeleteOutcome(id, DeleteOutcome.Status.DELETED, "",
                        "Deleted by the batch in flight when the run stopped."));
            }
        }
        log.batchDone(ids, gone, log.cursor());
    }

    /**
     * One pass over the matching ids after the log's cursor. Up to {@link #inFlight} batches go out side by side
     * (the client's bucket or in-flight limit paces them), so a slow answer does not leave the portal's allowance
     * unused; only one of them carries the list of the next page, since each list starts after the one before.
     * The log is written on this thread only.
     */
    private final class Pass {
        private final DeleteRunLog log;
        private final BackupWriter backup;
        private final BooleanSupplier cancelled;
        private final Listener listener;
        /** Listed (and backed up) ids not sent yet, in id order. */
        private final ArrayDeque<Long> waiting = new ArrayDeque<>();
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.CompletionService<Sent> answers;
        /** Batches sent, by sequence: the cursor moves only over a finished prefix. */
        private final java.util.TreeMap<Long, Sent> order = new java.util.TreeMap<>();
        private final int maxInFlight;
        /** Pages the list-carrying batch reads: twice what the batches in flight use, so they never wait for ids. */
        private final int pages;
        private long sequence;
        private int inFlight;
        private long lastListed;
        private boolean exhausted;
        private boolean listing;
        private BitrixException stop;
        private boolean stopUnknown;
        private volatile boolean cancelling;

        Pass(DeleteRunLog log, BackupWriter backup, BooleanSupplier cancelled, Listener listener) {
            this.log = log;
            this.backup = backup;
            this.cancelled = cancelled;
            this.listener = listener;
            this.lastListed = log.cursor();
            this.maxInFlight = Math.max(1, Math.min(MAX_IN_FLIGHT, client.options().maxInFlight()));
            this.pages = 2 * maxInFlight;
            this.pool = java.util.concurrent.Executors.newFixedThreadPool(maxInFlight, r -> {
                Thread t = new Thread(r, "delete-matching");
                t.setDaemon(true);
                return t;
            });
            this.answers = new java.util.concurrent.ExecutorCompletionService<>(pool);
        }

        /** One batch: its deletes, whether it lists, and (once back) its answer or the error that ended it. */
        private final class Sent {
            final long seq;
            final List<Long> ids;
            final boolean list;
            BatchResponse response;
            BitrixException error;
            boolean finished;
            /** The worker sending it, once started: interrupted when the user cancels. */
            volatile Thread worker;

            Sent(long seq, List<Long> ids, boolean list) {
                this.seq = seq;
                this.ids = ids;
                this.list = list;
            }
        }

        void run() throws IOException {
            try {
                loop();
            } finally {
                pool.shutdownNow();
            }
        }

        private void loop() throws IOException {
            boolean cancel = false;
            while (true) {
                cancel = cancel || cancelled.getAsBoolean();
                while (!cancel && stop == null && inFlight < maxInFlight && sendNext()) {
                    cancel = cancelled.getAsBoolean();
                }
                if (inFlight == 0) {
                    break;
                }
                take();
                listener.progress(log.done(), log.plan().expected());
            }
            if (stop != null) {
                log.end(DeleteRunLog.End.STOPPED, stop.code());
                lastError = stop;
            } else if (cancel && !(exhausted && waiting.isEmpty() && log.inFlight().isEmpty())) {
                log.end(DeleteRunLog.End.CANCELLED, "");
            } else {
                log.end(DeleteRunLog.End.FINISHED, "");
            }
        }

        /** Sends the next batch if there is work for one; false when there is none now. */
        private boolean sendNext() throws IOException {
            boolean list = !exhausted && !listing && waiting.size() < PAGE * pages;
            int deletes = Math.min(waiting.size(), list ? PAGE - pages : PAGE);
            if (!list && deletes == 0) {
                return false;
            }
            if (!list && deletes < PAGE && !exhausted) {
                return false; // a list is on its way: wait for it rather than send a half batch
            }
            List<Long> ids = new ArrayList<>(deletes);
            for (int i = 0; i < deletes; i++) {
                ids.add(waiting.poll());
            }
            if (!ids.isEmpty()) {
                log.sending(ids);
            }
            Sent sent = new Sent(sequence++, ids, list);
            order.put(sent.seq, sent);
            listing |= list;
            List<BatchCommand> commands = commands(ids, list);
            answers.submit(() -> {
                sent.worker = Thread.currentThread();
                try {
                    if (cancelling) {
                        throw new BitrixException(BitrixException.CANCELLED, "The work was cancelled.", 0, "batch",
                                null);
                    }
                    sent.response = client.batch(commands, false);
                } catch (BitrixException e) {
                    sent.error = e;
                }
                return sent;
            });
            inFlight++;
            return true;
        }

        /**
         * Cancel stops the batches still on their way too: one waiting for the portal's limits (that can be minutes)
         * is not sent; one being sent is cut off. Either may have run, so both stay in flight in the log, and a
         * continued run looks them up (deletes are backed up before they go, and a delete done twice is harmless).
         */
        private void cancelInFlight() {
            cancelling = true;
            for (Sent sent : order.values()) {
                Thread worker = sent.worker;
                if (!sent.finished && worker != null) {
                    worker.interrupt();
                }
            }
        }

        /** Waits for one batch to come back and writes what it did; a cancel meanwhile stops the others. */
        private void take() throws IOException {
            Sent sent;
            try {
                java.util.concurrent.Future<Sent> back;
                while ((back = answers.poll(CANCEL_CHECK_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) == null) {
                    if (!cancelling && cancelled.getAsBoolean()) {
                        cancelInFlight();
                    }
                }
                sent = back.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            inFlight--;
            sent.finished = true;
            if (sent.list) {
                listing = false;
            }
            List<DeleteOutcome> outcomes = new ArrayList<>(sent.ids.size());
            List<Long> settled = new ArrayList<>(sent.ids.size());
            if (sent.error != null) {
                BitrixException e = sent.error;
                boolean cutOff = cancelling && e.is(BitrixException.CANCELLED);
                if (!sent.ids.isEmpty() && (e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE) || cutOff)) {
                    // the batch may have run: its ids stay in flight in the log; a continued run settles them
                    stopUnknown = true;
                } else {
                    settled.addAll(sent.ids); // refused as a whole: nothing ran, they are listed again
                }
                if (stop == null && !e.is(BitrixException.CANCELLED)) {
                    stop = e;
                }
                exhausted = exhausted || (sent.list && !cutOff); // a list cut off by Cancel is read again later
            } else {
                for (long id : sent.ids) {
                    BitrixException error = sent.response.errors().get("d" + id);
                    if (error != null && PortalBlocks.of(error) != null) {
                        // refused, and the rest would be: not run; a continued run lists them again
                        if (stop == null) {
                            stop = error;
                        }
                        settled.add(id);
                        continue;
                    }
                    outcomes.add(outcome(sent.response, id));
                    settled.add(id);
                }
                if (sent.list) {
                    listed(sent.response);
                }
            }
            Set<Long> justDone = new HashSet<>();
            outcomes.forEach(o -> justDone.add(o.id()));
            long cursor = prefixCursor(justDone);
            if (!sent.ids.isEmpty()) {
                log.batchDone(settled, outcomes, cursor);
            }
        }

        /** The last id of the longest finished prefix of batches whose every id has an outcome. */
        private long prefixCursor(Set<Long> justDone) {
            long cursor = log.cursor();
            while (!order.isEmpty()) {
                Sent first = order.firstEntry().getValue();
                if (!first.finished || (stopUnknown && first.error != null)) {
                    break;
                }
                boolean complete = first.error == null
                        && first.ids.stream().allMatch(id -> justDone.contains(id) || log.doneAboveCursor(id));
                if (!complete && !first.ids.isEmpty()) {
                    break; // refused or blocked ids: the cursor stays before them so a continued run lists them
                }
                order.pollFirstEntry();
                if (!first.ids.isEmpty()) {
                    cursor = Math.max(cursor, first.ids.get(first.ids.size() - 1));
                }
            }
            return cursor;
        }

        private List<BatchCommand> commands(List<Long> ids, boolean list) {
            List<BatchCommand> commands = new ArrayList<>(ids.size() + 1);
            for (long id : ids) {
                ObjectNode params = Json.object();
                params.put("id", id);
                commands.add(new BatchCommand("d" + id, "crm.activity.delete", params));
            }
            // as many pages as batches may run side by side, each after the one before it through a $result
            // reference, so one answer feeds them all
            for (int page = 0; list && page < pages; page++) {
                ObjectNode params = Json.object();
                ObjectNode filter = log.plan().filter().toJson();
                filter.put(">ID", page == 0 ? Long.toString(lastListed)
                        : "$result[" + LIST + (page - 1) + "][" + (PAGE - 1) + "][ID]");
                params.set("filter", filter);
                params.putObject("order").put("ID", "ASC");
                if (backup != null) {
                    params.putArray("select").add("*").add("COMMUNICATIONS").add("FILES");
                } else {
                    params.putArray("select").add("ID");
                }
                params.put("start", -1);
                commands.add(new BatchCommand(LIST + page, "crm.activity.list", params));
            }
            return commands;
        }

        /**
         * Takes the listed pages, in order, up to the first short one (a page after it started from nothing):
         * backed up (on disk) before their ids may be deleted.
         */
        private void listed(BatchResponse response) throws IOException {
            List<ObjectNode> records = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int page = 0; page < pages && !exhausted; page++) {
                BitrixException error = response.errors().get(LIST + page);
                JsonNode rows = response.results().get(LIST + page);
                if (error != null || rows == null || !rows.isArray()) {
                    if (stop == null) {
                        stop = error != null ? error : new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                                "The list of the next activities came back empty.", 200, "crm.activity.list");
                    }
                    exhausted = true;
                    break;
                }
                take(rows, ids, records);
                exhausted = rows.size() < PAGE;
            }
            if (backup != null) {
                backup.appendDurably(records);
            }
            waiting.addAll(ids);
        }

        private void take(JsonNode rows, List<Long> ids, List<ObjectNode> records) {
            for (JsonNode row : rows) {
                long id = row.path("ID").asLong();
                if (id > lastListed) {
                    lastListed = id;
                    if (log.doneAboveCursor(id)) {
                        continue; // done by a batch of the run before (it finished ahead of an earlier one)
                    }
                    ids.add(id);
                    if (row.isObject()) {
                        records.add((ObjectNode) row);
                    }
                }
            }
        }
    }

    private BitrixException lastError;

    /** The error that stopped the last run, if one did. */
    public BitrixException lastError() {
        return lastError;
    }

    private static DeleteOutcome outcome(BatchResponse response, long id) {
        String name = "d" + id;
        BitrixException error = response.errors().get(name);
        if (error != null) {
            return DeleteOutcome.failed(id, error);
        }
        if (response.results().containsKey(name)) {
            return DeleteOutcome.deleted(id);
        }
        return DeleteOutcome.notAttempted(id, "The portal did not run this command.");
    }
}
