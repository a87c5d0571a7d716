package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * Finds the activities that carry a badge. There is no REST filter on a badge: configurable activities keep it in
 * {@code PROVIDER_PARAMS.badgeCode}, which crm.activity.list returns (addendum §1.5–1.6, read from the source, not
 * documented), so every configurable activity is listed by id (keyset paging, no counting) and filtered here. Where
 * the portal leaves {@code PROVIDER_PARAMS} out, an OAuth app asks crm.activity.configurable.get (app context only,
 * §1.1); a webhook cannot, and those activities stay candidates. Blocking; no JavaFX.
 */
public final class BadgeCarrierSearch {
    private static final List<String> SELECT = List.of("ID", "SUBJECT", "TYPE_ID", "PROVIDER_ID", "OWNER_TYPE_ID",
            "OWNER_ID", "RESPONSIBLE_ID", "CREATED", "COMPLETED", "PROVIDER_PARAMS");
    private static final int PAGE = 50;

    private final BitrixClient client;
    private final boolean appContext;

    /** @param appContext the connection is an OAuth app (may call crm.activity.configurable.get) */
    public BadgeCarrierSearch(BitrixClient client, boolean appContext) {
        this.client = client;
        this.appContext = appContext;
    }

    public BadgeCarriers find(String badgeCode, BooleanSupplier cancelled) {
        List<Activity> exact = new ArrayList<>();
        List<Activity> unknown = new ArrayList<>();
        long lastId = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new BitrixException(BitrixException.CANCELLED, "The search was cancelled.", 0,
                        "crm.activity.list");
            }
            JsonNode page = client.call("crm.activity.list", listParams(lastId)).result();
            for (JsonNode node : page) {
                Activity activity = Activity.fromJson(node);
                lastId = Math.max(lastId, activity.id());
                if (!activity.badgeKnown()) {
                    unknown.add(activity);
                } else if (badgeCode.equals(activity.badgeCode())) {
                    exact.add(activity);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<Activity> candidates = appContext ? askTheApp(badgeCode, unknown, exact) : unknown;
        return new BadgeCarriers(badgeCode, List.copyOf(exact), List.copyOf(candidates));
    }

    /** Keyset paging by id with {@code start=-1}: no count query, constant cost per page (main file §6). */
    private static ObjectNode listParams(long afterId) {
        ObjectNode params = Json.object();
        ObjectNode filter = params.putObject("filter");
        filter.put("PROVIDER_ID", Activity.CONFIGURABLE_PROVIDER);
        filter.put(">ID", afterId);
        params.putObject("order").put("ID", "ASC");
        SELECT.forEach(params.putArray("select")::add);
        params.put("start", -1);
        return params;
    }

    /**
     * crm.activity.configurable.get, 50 per batch, for the activities the list left unexplained; the ones it answers
     * are known from then on. Those it refuses stay candidates; a refusal of the context itself ends the asking.
     */
    private List<Activity> askTheApp(String badgeCode, List<Activity> unknown, List<Activity> exact) {
        List<Activity> still = new ArrayList<>();
        for (int i = 0; i < unknown.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
            List<Activity> chunk = unknown.subList(i, Math.min(unknown.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
            List<BatchCommand> commands = new ArrayList<>();
            for (Activity a : chunk) {
                ObjectNode params = Json.object();
                params.put("id", a.id());
                commands.add(new BatchCommand("a" + a.id(), "crm.activity.configurable.get", params));
            }
            BatchResponse response = client.batch(commands, false);
            boolean contextRefused = false;
            for (Activity a : chunk) {
                JsonNode fields = response.results().getOrDefault("a" + a.id(), Json.object())
                        .path("activity").path("fields");
                if (fields.isObject()) {
                    String code = fields.path("badgeCode").isTextual() ? fields.path("badgeCode").asText() : "";
                    if (badgeCode.equals(code)) {
                        exact.add(a.withBadge(code, null));
                    }
                } else {
                    BitrixException error = response.errors().get("a" + a.id());
                    contextRefused |= error != null && error.is("ERROR_WRONG_CONTEXT");
                    still.add(a);
                }
            }
            if (contextRefused) {
                still.addAll(unknown.subList(Math.min(unknown.size(), i + BitrixClient.MAX_BATCH_COMMANDS),
                        unknown.size()));
                break;
            }
        }
        exact.sort(java.util.Comparator.comparingLong(Activity::id));
        return still;
    }
}
