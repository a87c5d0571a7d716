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
 * carries the deletes of ids already backed up and, in its last command, the list of the next page: 49 deletes +
 * 1 list, or 50 deletes while enough ids wait. So 100 000 ids take ~2 041 requests where the deletes alone take
 * 2 000.
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

    /** The ids a killed batch was deleting: those the portal no longer has were deleted by it. */
    private void settleInFlight(DeleteRunLog log) throws IOException {
        List<Long> ids = log.inFlight();
        if (ids.isEmpty()) {
            return;
        }
        ObjectNode params = Json.object();
        ids.forEach(params.putObject("filter").putArray("@ID")::add);
        params.putArray("select").add("ID");
        params.put("start", -1);
        Set<Long> present = new HashSet<>();
        client.call("crm.activity.list", params).result().forEach(row -> present.add(row.path("ID").asLong()));
        List<DeleteOutcome> gone = new ArrayList<>();
        long cursor = log.cursor();
        boolean before = true;
        for (long id : ids) {
            if (present.contains(id)) {
                before = false; // still there: listed again after the cursor and deleted by this run
                continue;
            }
            gone.add(new DeleteOutcome(id, DeleteOutcome.Status.DELETED, "",
                    "Deleted by the batch in flight when the run stopped."));
            if (before) {
                cursor = id;
            }
        }
        log.batchDone(gone, cursor);
    }

    /** One pass over the matching ids after the log's cursor. */
    private final class Pass {
        private final DeleteRunLog log;
        private final BackupWriter backup;
        private final BooleanSupplier cancelled;
        private final Listener listener;
        /** Listed (and backed up) ids not deleted yet, in id order. */
        private final ArrayDeque<Long> waiting = new ArrayDeque<>();
        private long lastListed;
        private boolean exhausted;

        Pass(DeleteRunLog log, BackupWriter backup, BooleanSupplier cancelled, Listener listener) {
            this.log = log;
            this.backup = backup;
            this.cancelled = cancelled;
            this.listener = listener;
            this.lastListed = log.cursor();
        }

        void run() throws IOException {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    log.end(DeleteRunLog.End.CANCELLED, "");
                    return;
                }
                boolean list = !exhausted && waiting.size() < 2 * PAGE - 1;
                int deletes = Math.min(waiting.size(), list ? PAGE - 1 : PAGE);
                if (!list && deletes == 0) {
                    log.end(DeleteRunLog.End.FINISHED, "");
                    return;
                }
                List<Long> ids = new ArrayList<>(deletes);
                for (int i = 0; i < deletes; i++) {
                    ids.add(waiting.poll());
                }
                if (!ids.isEmpty()) {
                    log.sending(ids);
                }
                BatchResponse response;
                try {
                    response = client.batch(commands(ids, list), false);
                } catch (BitrixException e) {
                    stopped(ids, e);
                    return;
                }
                List<DeleteOutcome> outcomes = new ArrayList<>(ids.size());
                long done = log.cursor();
                BitrixException block = null;
                for (long id : ids) {
                    BitrixException error = response.errors().get("d" + id);
                    if (error != null && PortalBlocks.of(error) != null) {
                        // the portal refused this command and would refuse the rest: they were not run, and a
                        // continued run lists them again
                        block = error;
                        break;
                    }
                    outcomes.add(outcome(response, id));
                    done = id;
                }
                if (!ids.isEmpty()) {
                    log.batchDone(outcomes, done);
                }
                if (block != null) {
                    log.end(DeleteRunLog.End.STOPPED, block.code());
                    lastError = block;
                    return;
                }
                if (list && !listed(response)) {
                    return;
                }
                listener.progress(log.done(), log.plan().expected());
            }
        }

        private List<BatchCommand> commands(List<Long> ids, boolean list) {
            List<BatchCommand> commands = new ArrayList<>(ids.size() + 1);
            for (long id : ids) {
                ObjectNode params = Json.object();
                params.put("id", id);
                commands.add(new BatchCommand("d" + id, "crm.activity.delete", params));
            }
            if (list) {
                ObjectNode params = Json.object();
                ObjectNode filter = log.plan().filter().toJson();
                filter.put(">ID", lastListed);
                params.set("filter", filter);
                params.putObject("order").put("ID", "ASC");
                if (backup != null) {
                    params.putArray("select").add("*").add("COMMUNICATIONS").add("FILES");
                } else {
                    params.putArray("select").add("ID");
                }
                params.put("start", -1);
                commands.add(new BatchCommand(LIST, "crm.activity.list", params));
            }
            return commands;
        }

        /** Takes the listed page: backed up (on disk) before its ids may be deleted. False when the run stops. */
        private boolean listed(BatchResponse response) throws IOException {
            BitrixException error = response.errors().get(LIST);
            JsonNode rows = response.results().get(LIST);
            if (error != null || rows == null || !rows.isArray()) {
                stopped(List.of(), error != null ? error : new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                        "The list of the next activities came back empty.", 200, "crm.activity.list"));
                return false;
            }
            List<ObjectNode> records = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (JsonNode row : rows) {
                long id = row.path("ID").asLong();
                if (id > lastListed) {
                    ids.add(id);
                    if (row.isObject()) {
                        records.add((ObjectNode) row);
                    }
                }
            }
            if (backup != null) {
                backup.appendDurably(records);
            }
            waiting.addAll(ids);
            if (!ids.isEmpty()) {
                lastListed = ids.get(ids.size() - 1);
            }
            exhausted = rows.size() < PAGE;
            return true;
        }

        private void stopped(List<Long> sent, BitrixException e) throws IOException {
            if (!sent.isEmpty() && (e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE))) {
                // the batch may have run: its ids stay "in flight" in the log; a resume settles them
                log.end(DeleteRunLog.End.STOPPED, e.code());
                return;
            }
            if (!sent.isEmpty()) {
                // refused as a whole (auth lost, blocked): nothing of it ran, the ids are listed again on resume
                log.batchDone(List.of(), log.cursor());
            }
            log.end(e.is(BitrixException.CANCELLED) ? DeleteRunLog.End.CANCELLED : DeleteRunLog.End.STOPPED,
                    e.is(BitrixException.CANCELLED) ? "" : e.code());
            lastError = e.is(BitrixException.CANCELLED) ? null : e;
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
