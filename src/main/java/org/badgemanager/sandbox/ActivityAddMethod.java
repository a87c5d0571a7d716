package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code crm.activity.add} (deprecated on the portal but working), with the server rules the addendum §2.3 took
 * from the source: SUBJECT required; types 1 (meeting), 2 (call), 4 (e-mail) and 6 with a known provider only;
 * communications required for 1, 2 and 4, exactly one for calls and meetings; the owner must exist; read-only
 * fields (ID, CREATED, AUTHOR_ID, EDITOR_ID, LAST_UPDATED...) are ignored and set by the portal; DEADLINE is
 * computed. An outgoing e-mail added as completed is <em>sent</em> to the customer: the sandbox records it in
 * {@link #sent()}, so tests can prove a restore never does that. Errors carry an empty code (legacy method).
 */
final class ActivityAddMethod implements RestMethod {

    static final String NAME = "crm.activity.add";
    static final String MAX_DATE = "9999-12-31T23:59:59+03:00";

    private final PortalState state;
    private final CrmItems items;
    private final List<Long> sent = new CopyOnWriteArrayList<>();

    ActivityAddMethod(PortalState state, CrmItems items) {
        this.state = state;
        this.items = items;
    }

    /** Ids of the activities whose e-mail went out to the customer. */
    List<Long> sent() {
        return List.copyOf(sent);
    }

    @Override
    public MethodResult call(MethodCall call) {
        JsonNode given = Params.get(call.params(), "fields");
        if (!(given instanceof ObjectNode raw)) {
            throw RestError.legacy("The parameter 'fields' must be array.");
        }
        ObjectNode in = Json.object();
        raw.properties().forEach(e -> in.set(ActivityFields.normalize(e.getKey()), e.getValue()));
        String subject = text(in, "SUBJECT");
        if (subject.isBlank()) {
            throw RestError.legacy("The field SUBJECT is not defined or empty.");
        }
        String provider = text(in, "PROVIDER_ID");
        int typeId = (int) Params.wholeNumber(in.get("TYPE_ID")).orElse(provider.isEmpty() ? 0 : 6);
        ActivityKind kind = kind(typeId, provider, call.caller());
        int ownerType = (int) Params.wholeNumber(in.get("OWNER_TYPE_ID")).orElse(0);
        long ownerId = Params.wholeNumber(in.get("OWNER_ID")).orElse(0);
        if (!items.exists(ownerType, ownerId)) {
            throw RestError.legacy("Could not find '" + CrmItems.typeName(ownerType) + "' with ID: " + ownerId);
        }
        ArrayNode communications = communications(in.get("COMMUNICATIONS"), kind, ownerType, ownerId);
        ObjectNode fields = fields(in, kind, subject, ownerType, ownerId, call.caller());
        long id = state.query((badges, activities) -> {
            ActivityRecord record = activities.add(newId -> {
                fields.put("ID", Long.toString(newId));
                return fields;
            }, ActivityAccess.NORMAL);
            record.setCommunications(numbered(communications, record.id()));
            return record.id();
        });
        if (kind == ActivityKind.EMAIL && "2".equals(fields.path("DIRECTION").asText())
                && "Y".equals(fields.path("COMPLETED").asText())) {
            sent.add(id);
        }
        return MethodResult.of(LongNode.valueOf(id));
    }

    private static ActivityKind kind(int typeId, String provider, Caller caller) {
        return switch (typeId) {
            case 1 -> ActivityKind.MEETING;
            case 2 -> ActivityKind.CALL;
            case 4 -> ActivityKind.EMAIL;
            case 6 -> {
                if (provider.isEmpty()) {
                    throw RestError.legacy("The custom activity without provider is not supported in current context.");
                }
                if (provider.equals(ActivityKind.CONFIGURABLE.providerId)) {
                    throw RestError.legacy("Use crm.activity.configurable.add for this activity provider");
                }
                if (provider.equals("REST_APP") && !caller.oauth()) {
                    throw RestError.legacy("Application context required");
                }
                throw RestError.legacy("Provider '" + provider + "' is not supported in current context.");
            }
            case 3 -> throw RestError.legacy("The activity type \"Task\" is not supported in current context.");
            default -> throw RestError.legacy("The activity type \"" + typeId + "\" is not supported in current context.");
        };
    }

    private static ArrayNode communications(JsonNode given, ActivityKind kind, int ownerType, long ownerId) {
        ArrayNode kept = Json.array();
        String wantedType = kind == ActivityKind.CALL ? "PHONE" : kind == ActivityKind.EMAIL ? "EMAIL" : "";
        for (JsonNode item : Params.elements(given)) {
            String type = item.path("TYPE").asText(wantedType);
            if (!type.equalsIgnoreCase(wantedType)) {
                continue; // a mismatching type is dropped silently, as the portal does
            }
            String value = item.path("VALUE").asText("");
            if (value.isEmpty() && kind != ActivityKind.MEETING) {
                continue;
            }
            ObjectNode comm = kept.addObject();
            comm.put("TYPE", wantedType);
            comm.put("VALUE", value);
            comm.put("ENTITY_ID", item.hasNonNull("ENTITY_ID") ? item.get("ENTITY_ID").asText() : Long.toString(ownerId));
            comm.put("ENTITY_TYPE_ID", item.hasNonNull("ENTITY_TYPE_ID") ? item.get("ENTITY_TYPE_ID").asText()
                    : Integer.toString(ownerType));
            comm.putObject("ENTITY_SETTINGS");
        }
        if (kept.isEmpty()) {
            throw RestError.legacy("The field COMMUNICATIONS is not defined or invalid.");
        }
        if (kind != ActivityKind.EMAIL && kept.size() > 1) {
            throw RestError.legacy("Calls and meetings take exactly one communication.");
        }
        return kept;
    }

    private static ObjectNode fields(ObjectNode in, ActivityKind kind, String subject, int ownerType, long ownerId,
                                     Caller caller) {
        OffsetDateTime now = OffsetDateTime.now(SandboxTime.PORTAL_OFFSET).withNano(0);
        String start = text(in, "START_TIME");
        String end = text(in, "END_TIME");
        start = start.isEmpty() ? (end.isEmpty() ? SandboxTime.iso(now) : end) : start;
        end = end.isEmpty() ? start : end;
        boolean completed = Params.flag(in.get("COMPLETED"));
        String user = Integer.toString(caller.userId());
        ObjectNode f = Json.object();
        f.put("OWNER_ID", Long.toString(ownerId));
        f.put("OWNER_TYPE_ID", Integer.toString(ownerType));
        f.put("TYPE_ID", Integer.toString(kind.typeId));
        f.put("PROVIDER_ID", kind.providerId);
        f.put("PROVIDER_TYPE_ID", kind.providerTypeId);
        f.put("SUBJECT", subject);
        f.put("CREATED", SandboxTime.iso(now));
        f.put("LAST_UPDATED", SandboxTime.iso(now));
        f.put("START_TIME", start);
        f.put("END_TIME", end);
        f.put("DEADLINE", kind == ActivityKind.EMAIL ? MAX_DATE : start);
        f.put("COMPLETED", completed ? "Y" : "N");
        f.put("STATUS", completed ? "2" : "1");
        f.put("RESPONSIBLE_ID", Long.toString(Params.positiveId(in.get("RESPONSIBLE_ID")).orElse(caller.userId())));
        f.put("AUTHOR_ID", user);
        f.put("EDITOR_ID", user);
        f.put("PRIORITY", Long.toString(Params.wholeNumber(in.get("PRIORITY")).orElse(1)));
        f.put("DIRECTION", Long.toString(kind.hasDirection() ? Params.wholeNumber(in.get("DIRECTION")).orElse(0) : 0));
        f.put("DESCRIPTION", text(in, "DESCRIPTION"));
        f.put("DESCRIPTION_TYPE", Long.toString(Params.wholeNumber(in.get("DESCRIPTION_TYPE")).orElse(1)));
        nullable(f, in, "ORIGINATOR_ID");
        nullable(f, in, "ORIGIN_ID");
        return f;
    }

    private static ArrayNode numbered(ArrayNode communications, long activityId) {
        ArrayNode out = communications.deepCopy();
        for (int i = 0; i < out.size(); i++) {
            ((ObjectNode) out.get(i)).put("ID", Long.toString(activityId * 10 + i));
        }
        return out;
    }

    private static void nullable(ObjectNode out, ObjectNode in, String field) {
        String value = text(in, field);
        if (value.isEmpty()) {
            out.putNull(field);
        } else {
            out.put(field, value);
        }
    }

    private static String text(ObjectNode in, String field) {
        JsonNode v = in.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }
}
