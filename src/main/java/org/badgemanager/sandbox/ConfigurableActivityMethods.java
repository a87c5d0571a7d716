package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * crm.activity.configurable.add / update / get (addendum §1.1–1.4): only an OAuth app may call them (a webhook gets
 * {@code ERROR_WRONG_CONTEXT}); update answers {@code ERROR_WRONG_APPLICATION} unless the caller is the app that
 * created the activity. The badge goes to {@code PROVIDER_PARAMS.badgeCode}; a key sent as JSON null is ignored and
 * {@code "badgeCode": ""} removes the badge.
 */
final class ConfigurableActivityMethods {

    static final String WRONG_CONTEXT = "ERROR_WRONG_CONTEXT";
    static final String WRONG_APPLICATION = "ERROR_WRONG_APPLICATION";
    private static final Set<String> TRUE = Set.of("Y", "y", "1", "true");
    private static final Set<String> FALSE = Set.of("N", "n", "0", "false");

    private final PortalState state;

    ConfigurableActivityMethods(PortalState state) {
        this.state = state;
    }

    void registerInto(MethodRegistry registry) {
        registry.register("crm.activity.configurable.add", this::add);
        registry.register("crm.activity.configurable.update", this::update);
        registry.register("crm.activity.configurable.get", this::get);
    }

    private MethodResult add(MethodCall call) {
        requireAppContext(call);
        ObjectNode params = call.params();
        long ownerTypeId = positive(required(params, "ownerTypeId"), "ownerTypeId");
        long ownerId = positive(required(params, "ownerId"), "ownerId");
        JsonNode fields = required(params, "fields");
        JsonNode layout = required(params, "layout");
        if (!layout.isObject() || layout.isEmpty()) {
            throw RestError.badRequest("ERROR_EMPTY_LAYOUT", "Layout is empty");
        }
        validate(fields);
        ActivityRecord created = state.query((badges, activities) -> {
            checkBadge(fields, badges);
            ActivityRecord record = activities.add(id -> newFields(id, ownerTypeId, ownerId, call.caller()),
                    ActivityAccess.NORMAL);
            record.makeConfigurable(call.caller().clientId());
            apply(record, fields, layout);
            return record;
        });
        return idResult(created.id());
    }

    private MethodResult update(MethodCall call) {
        requireAppContext(call);
        ObjectNode params = call.params();
        long id = positive(required(params, "id"), "id");
        JsonNode fields = params.get("fields");
        JsonNode layout = params.get("layout");
        validate(fields);
        state.update((badges, activities) -> {
            ActivityRecord record = configurable(activities, id);
            if (!call.caller().clientId().equals(record.clientId())) {
                throw RestError.badRequest(WRONG_APPLICATION, "The activity was created by another application");
            }
            checkBadge(fields, badges);
            apply(record, fields, layout);
        });
        return idResult(id);
    }

    private MethodResult get(MethodCall call) {
        requireAppContext(call);
        long id = positive(required(call.params(), "id"), "id");
        ObjectNode activity = state.query((badges, activities) -> {
            ActivityRecord record = configurable(activities, id);
            ObjectNode stored = record.fieldsView();
            ObjectNode out = Json.object();
            out.put("id", id);
            out.put("ownerTypeId", stored.path("OWNER_TYPE_ID").asInt());
            out.put("ownerId", stored.path("OWNER_ID").asLong());
            ObjectNode f = out.putObject("fields");
            f.put("completed", record.completed());
            f.putNull("deadline");
            f.putArray("pingOffsets");
            f.put("isIncomingChannel", false);
            f.put("responsibleId", stored.path("RESPONSIBLE_ID").asInt());
            JsonNode code = stored.path(ActivityRecord.PROVIDER_PARAMS).path("badgeCode");
            f.set("badgeCode", code.isMissingNode() ? Json.object().nullNode() : code.deepCopy());
            f.set("originatorId", stored.path("ORIGINATOR_ID").deepCopy());
            f.set("originId", stored.path("ORIGIN_ID").deepCopy());
            out.set("layout", ConfigurableLayout.parse(stored.path("PROVIDER_DATA").asText("{}")));
            return out;
        });
        ObjectNode result = Json.object();
        result.set("activity", activity);
        return MethodResult.of(result);
    }

    /** The documented app-only context: an incoming webhook has no client id to act for. */
    private static void requireAppContext(MethodCall call) {
        if (!call.caller().oauth() || call.caller().clientId() == null) {
            throw RestError.badRequest(WRONG_CONTEXT, "Application context required");
        }
    }

    private static ActivityRecord configurable(ActivityStore activities, long id) {
        return activities.find(id).filter(r -> r.configurable() && r.access() != ActivityAccess.FOREIGN)
                .orElseThrow(() -> RestError.badRequest("NOT_FOUND", "Activity not found"));
    }

    private static void checkBadge(JsonNode fields, BadgeStore badges) {
        JsonNode code = fields == null ? null : fields.get("badgeCode");
        if (!Params.isMissing(code) && !code.asText().isEmpty() && !badges.contains(code.asText())) {
            throw wrongValue("badgeCode");
        }
    }

    /** Every check that can fail runs before anything is stored: a refused call changes nothing. */
    private static void validate(JsonNode fields) {
        if (fields == null || !fields.isObject()) {
            return;
        }
        JsonNode completed = fields.get("completed");
        if (!Params.isMissing(completed)) {
            flag(completed, "completed");
        }
        JsonNode responsible = fields.get("responsibleId");
        if (!Params.isMissing(responsible)) {
            positive(responsible, "responsibleId");
        }
    }

    /** Applies the keys that are present and not null, as the portal's isset() does. */
    private static void apply(ActivityRecord record, JsonNode fields, JsonNode layout) {
        ObjectNode stored = record.fieldsView();
        if (fields != null && fields.isObject()) {
            JsonNode completed = fields.get("completed");
            if (!Params.isMissing(completed)) {
                boolean done = flag(completed, "completed");
                stored.put("COMPLETED", done ? "Y" : "N");
                stored.put("STATUS", done ? "2" : "1");
            }
            JsonNode responsible = fields.get("responsibleId");
            if (!Params.isMissing(responsible)) {
                stored.put("RESPONSIBLE_ID", Long.toString(positive(responsible, "responsibleId")));
            }
            JsonNode code = fields.get("badgeCode");
            if (!Params.isMissing(code)) {
                ((ObjectNode) stored.get(ActivityRecord.PROVIDER_PARAMS)).put("badgeCode", code.asText());
            }
            for (String[] pair : new String[][] {{"originatorId", "ORIGINATOR_ID"}, {"originId", "ORIGIN_ID"}}) {
                JsonNode value = fields.get(pair[0]);
                if (!Params.isMissing(value)) {
                    stored.put(pair[1], value.asText());
                }
            }
        }
        if (layout != null && layout.isObject() && !layout.isEmpty()) {
            stored.put("PROVIDER_DATA", ConfigurableLayout.text(layout));
            stored.put("SUBJECT", ConfigurableLayout.title(layout));
        }
        stored.put("LAST_UPDATED", SandboxTime.iso(OffsetDateTime.now(SandboxTime.PORTAL_OFFSET).withNano(0)));
    }

    private static ObjectNode newFields(long id, long ownerTypeId, long ownerId, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now(SandboxTime.PORTAL_OFFSET).withNano(0);
        ActivitySeed seed = new ActivitySeed(ActivityKind.CONFIGURABLE, (int) ownerTypeId, ownerId, "", now, false,
                caller.userId(), 2, 0, "");
        return seed.toFields(id);
    }

    private static boolean flag(JsonNode node, String field) {
        String text = node.asText();
        if (TRUE.contains(text)) {
            return true;
        }
        if (FALSE.contains(text)) {
            return false;
        }
        throw wrongValue(field);
    }

    private static long positive(JsonNode node, String field) {
        return Params.positiveId(node).orElseThrow(() -> wrongValue(field));
    }

    private static JsonNode required(ObjectNode params, String name) {
        JsonNode node = params.get(name);
        if (Params.isMissing(node)) {
            throw RestError.missingParameter(name);
        }
        return node;
    }

    private static RestError wrongValue(String field) {
        return RestError.badRequest("WRONG_FIELD_VALUE", "Wrong value of field `" + field + "`");
    }

    private static MethodResult idResult(long id) {
        ObjectNode result = Json.object();
        result.putObject("activity").put("id", id);
        return MethodResult.of(result);
    }
}
