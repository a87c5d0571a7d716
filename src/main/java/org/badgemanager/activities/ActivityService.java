package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/** CRM activities: find, read, delete one, and delete many through {@code batch}. Blocking; no JavaFX. */
public final class ActivityService {
    private final BitrixClient client;

    public ActivityService(BitrixClient client) {
        this.client = client;
    }

    /** The client of the portal (its address keys the portal's cross-process lock). */
    public BitrixClient client() {
        return client;
    }

    /**
     * How many activities match: one counted call ({@code start=0}, only IDs selected). The number an admin
     * confirms before deleting everything a search found.
     */
    public long count(ActivityFilter filter) {
        ObjectNode params = Json.object();
        params.set("filter", filter.toJson());
        params.putObject("order").put("ID", "ASC");
        params.putArray("select").add("ID");
        params.put("start", 0);
        var response = client.call("crm.activity.list", params);
        return response.total() == null ? response.result().size() : response.total();
    }

    /**
     * The next page of 50 after {@code afterId} in id order, without a count ({@code start=-1}, {@code >ID}):
     * what a database answers at the same cost on page 1 and page 20 000.
     */
    public List<Activity> listAfter(ActivityFilter filter, long afterId) {
        ObjectNode params = Json.object();
        ObjectNode f = filter.toJson();
        f.put(">ID", afterId);
        params.set("filter", f);
        params.putObject("order").put("ID", "ASC");
        params.putArray("select").add("*");
        params.put("start", -1);
        List<Activity> items = new ArrayList<>();
        for (JsonNode node : client.call("crm.activity.list", params).result()) {
            items.add(Activity.fromJson(node));
        }
        return items;
    }

    /** The client's waits and their reasons, and its estimate of what the portal's limits allow. */
    public org.badgemanager.bitrix.Pacing pacing() {
        return client.pacing();
    }

    /** Names for the ids this service's activities show, through the same connection. */
    public NameLookup nameLookup() {
        return new NameLookup(client);
    }

    /** Re-creates backed-up activities through the same connection. */
    public ActivityRestorer restorer() {
        return new ActivityRestorer(client);
    }

    /** The full record, as {@code crm.activity.get} sends it. */
    public ObjectNode get(long id) {
        JsonNode result = client.call("crm.activity.get", idParam(id)).result();
        if (!result.isObject()) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE, "Activity " + id + " came back empty.",
                    200, "crm.activity.get");
        }
        return (ObjectNode) result;
    }

    /** One page of 50, starting at offset {@code start}, newest id last. */
    public ActivityPage list(ActivityFilter filter, int start) {
        ObjectNode params = Json.object();
        params.set("filter", filter.toJson());
        params.putObject("order").put("ID", "ASC");
        params.putArray("select").add("*");
        params.put("start", start);
        var response = client.call("crm.activity.list", params);
        List<Activity> items = new ArrayList<>();
        for (JsonNode node : response.result()) {
            items.add(Activity.fromJson(node));
        }
        int total = response.total() == null ? items.size() : response.total();
        return new ActivityPage(items, total, response.next());
    }

    public void delete(long id) {
        client.call("crm.activity.delete", idParam(id));
    }

    /** Full records of many activities (for a backup), 50 per batch; missing ones are left out. */
    public Map<Long, ObjectNode> getMany(List<Long> ids, BooleanSupplier cancelled) {
        Map<Long, ObjectNode> records = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            if (cancelled.getAsBoolean()) {
                throw new BitrixException(BitrixException.CANCELLED, "The backup was cancelled.", 0, "batch");
            }
            BatchResponse response = client.batch(commands("crm.activity.get", chunk), false);
            for (Long id : chunk) {
                JsonNode record = response.results().get(name(id));
                if (record != null && record.isObject()) {
                    records.put(id, (ObjectNode) record);
                }
            }
        }
        return records;
    }

    /**
     * Complete records for a backup of up to 50 ids, in the order given; missing ones are left out. One
     * {@code crm.activity.list} command (in a {@code batch}) with {@code select: ["*", "COMMUNICATIONS", "FILES"]}: {@code crm.activity.get}
     * does not return the communications, and re-creating a call, meeting or e-mail needs them.
     */
    public Map<Long, ObjectNode> backupRecords(List<Long> ids) {
        if (ids.size() > BitrixClient.MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException("At most 50 ids per call, not " + ids.size());
        }
        ObjectNode params = Json.object();
        ids.forEach(params.putObject("filter").putArray("@ID")::add);
        params.putArray("select").add("*").add("COMMUNICATIONS").add("FILES");
        params.put("start", -1);
        // inside a batch, as the backup reads always were: a read and a delete are the same kind of call for the
        // pacing, and a batch could carry more list commands later
        BatchResponse response = client.batch(List.of(new BatchCommand("backup", "crm.activity.list", params)), false);
        BitrixException error = response.errors().get("backup");
        if (error != null) {
            throw error;
        }
        JsonNode rows = response.results().get("backup");
        if (rows == null || !rows.isArray()) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE, "The backup read came back without records.",
                    200, "crm.activity.list");
        }
        Map<Long, ObjectNode> found = new LinkedHashMap<>();
        for (JsonNode node : rows) {
            if (node.isObject()) {
                found.put(node.path("ID").asLong(), (ObjectNode) node);
            }
        }
        Map<Long, ObjectNode> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }

    /**
     * Deletes every id, 50 per {@code batch} call, and accounts for each id exactly once. Cancelling stops
     * after the batch in flight; an error that fails a whole batch (auth lost, portal gone) ends the run, and
     * the report keeps what was done so far.
     */
    public BulkDeleteReport deleteMany(List<Long> ids, BooleanSupplier cancelled, Consumer<BulkProgress> progress) {
        List<Long> unique = ids.stream().distinct().toList();
        List<DeleteOutcome> outcomes = new ArrayList<>(unique.size());
        int calls = 0;
        for (List<Long> chunk : chunks(unique)) {
            if (cancelled.getAsBoolean()) {
                return finish(unique, outcomes, true, null, calls);
            }
            BatchResponse response;
            try {
                calls++;
                response = client.batch(commands("crm.activity.delete", chunk), false);
            } catch (BitrixException e) {
                if (e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE)) {
                    // the batch went out but no answer came back, or a proxy's page instead of it (a gateway gives
                    // up on a slow portal without stopping it): these ids may be gone; never claim they are untouched
                    chunk.forEach(id -> outcomes.add(DeleteOutcome.unknown(id, e)));
                }
                boolean byUser = e.is(BitrixException.CANCELLED);
                return finish(unique, outcomes, byUser, byUser ? null : e, calls);
            }
            BitrixException portalBlock = null;
            for (Long id : chunk) {
                BitrixException error = response.errors().get(name(id));
                if (error != null) {
                    outcomes.add(DeleteOutcome.failed(id, error));
                    portalBlock = portalBlock != null ? portalBlock : PortalBlocks.of(error);
                } else if (response.results().containsKey(name(id))) {
                    outcomes.add(DeleteOutcome.deleted(id));
                } else {
                    outcomes.add(DeleteOutcome.notAttempted(id, "The portal did not run this command."));
                }
            }
            progress.accept(new BulkProgress(outcomes.size(), unique.size()));
            if (portalBlock != null) {
                // the portal blocked REST (OVERLOAD_LIMIT) or this method (OPERATION_TIME_LIMIT): another batch
                // would only be refused too, and keep the block going; stop with the portal's word
                return finish(unique, outcomes, false, portalBlock, calls);
            }
        }
        return new BulkDeleteReport(List.copyOf(outcomes), false, null, calls);
    }

    private static BulkDeleteReport finish(List<Long> all, List<DeleteOutcome> done, boolean cancelled,
                                           BitrixException stoppedBy, int calls) {
        List<DeleteOutcome> outcomes = new ArrayList<>(done);
        String reason = cancelled ? "Cancelled before this batch." : "The run stopped before this batch.";
        for (int i = done.size(); i < all.size(); i++) {
            outcomes.add(DeleteOutcome.notAttempted(all.get(i), reason));
        }
        return new BulkDeleteReport(List.copyOf(outcomes), cancelled, stoppedBy, calls);
    }

    private static List<BatchCommand> commands(String method, List<Long> ids) {
        List<BatchCommand> commands = new ArrayList<>(ids.size());
        for (Long id : ids) {
            commands.add(new BatchCommand(name(id), method, idParam(id)));
        }
        return commands;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + BitrixClient.MAX_BATCH_COMMANDS)));
        }
        return chunks;
    }

    private static String name(long id) {
        return "a" + id;
    }

    private static ObjectNode idParam(long id) {
        ObjectNode params = Json.object();
        params.put("id", id);
        return params;
    }
}
