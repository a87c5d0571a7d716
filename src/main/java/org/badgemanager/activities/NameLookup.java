package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * Names for user ids and CRM owners, looked up many at once: {@code user.get} filtered by a list of ids and the
 * per-type lists ({@code crm.deal.list} etc.) filtered by {@code @ID}, 50 ids per command and up to 50 commands per
 * {@code batch}, so one page of the table costs one request. Blocking; no JavaFX.
 */
public final class NameLookup {
    /** A CRM item an activity belongs to. */
    public record Owner(int typeId, long id) {
    }

    /**
     * What the portal answered. An id that was asked for but is missing from {@code users}/{@code owners} has no
     * name to show (a bot, an integrator, a deleted item, one the user may not read); {@code missingScopes} names
     * the scopes the connection lacked ("user", "crm"), whose ids stay unnamed.
     */
    public record Names(Map<Long, String> users, Map<Owner, String> owners, Set<String> missingScopes) {
    }

    /** Owner types with a legacy list method: lead, deal, contact, company. Others keep "Type n #id". */
    private static final Map<Integer, String> LIST_METHODS = Map.of(1, "crm.lead.list", 2, "crm.deal.list",
            3, "crm.contact.list", 4, "crm.company.list");
    private static final int CONTACT = 3;
    private static final int IDS_PER_COMMAND = 50;

    private final BitrixClient client;

    public NameLookup(BitrixClient client) {
        this.client = client;
    }

    public static boolean canName(int ownerTypeId) {
        return LIST_METHODS.containsKey(ownerTypeId);
    }

    public Names lookup(Collection<Long> userIds, Collection<Owner> owners) {
        List<BatchCommand> commands = new ArrayList<>();
        Map<String, Integer> typeOfCommand = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(new HashSet<>(userIds)))) {
            ObjectNode params = Json.object();
            ids(params.putObject("filter").putArray("ID"), chunk);
            params.putArray("select").add("ID").add("NAME").add("LAST_NAME");
            commands.add(new BatchCommand("u" + commands.size(), "user.get", params));
        }
        Map<Integer, List<Long>> byType = new HashMap<>();
        owners.stream().filter(o -> canName(o.typeId())).distinct()
                .forEach(o -> byType.computeIfAbsent(o.typeId(), t -> new ArrayList<>()).add(o.id()));
        byType.forEach((type, ids) -> {
            for (List<Long> chunk : chunks(ids)) {
                ObjectNode params = Json.object();
                ids(params.putObject("filter").putArray("@ID"), chunk);
                var select = params.putArray("select").add("ID");
                if (type == CONTACT) {
                    select.add("NAME").add("LAST_NAME");
                } else {
                    select.add("TITLE");
                }
                params.put("start", -1);
                String name = "t" + type + "_" + commands.size();
                typeOfCommand.put(name, type);
                commands.add(new BatchCommand(name, LIST_METHODS.get(type), params));
            }
        });
        Map<Long, String> users = new HashMap<>();
        Map<Owner, String> named = new HashMap<>();
        Set<String> missingScopes = new HashSet<>();
        for (int i = 0; i < commands.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
            List<BatchCommand> part = commands.subList(i, Math.min(commands.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
            BatchResponse response = client.batch(part, false);
            for (BatchCommand command : part) {
                BitrixException error = response.errors().get(command.name());
                if (error != null) {
                    if (error.is("insufficient_scope")) {
                        missingScopes.add(command.method().equals("user.get") ? "user" : "crm");
                    }
                    continue; // any other refusal: those ids keep showing as ids
                }
                JsonNode rows = response.results().get(command.name());
                Integer type = typeOfCommand.get(command.name());
                for (JsonNode row : rows == null ? List.<JsonNode>of() : iterable(rows)) {
                    long id = row.path("ID").asLong();
                    String name = type == null || type == CONTACT ? person(row) : row.path("TITLE").asText("").strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (type == null) {
                        users.put(id, name);
                    } else {
                        named.put(new Owner(type, id), name);
                    }
                }
            }
        }
        return new Names(users, named, missingScopes);
    }

    /** "Anna Petrova": the portal's default name format (#NAME# #LAST_NAME#). */
    private static String person(JsonNode row) {
        return (row.path("NAME").asText("").strip() + " " + row.path("LAST_NAME").asText("").strip()).strip();
    }

    private static List<JsonNode> iterable(JsonNode rows) {
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    private static void ids(com.fasterxml.jackson.databind.node.ArrayNode into, List<Long> ids) {
        ids.forEach(into::add);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_COMMAND) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_COMMAND)));
        }
        return chunks;
    }
}
