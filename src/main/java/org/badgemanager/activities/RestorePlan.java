package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.Json;

/**
 * How one backed-up activity can come back, decided before anything is sent (addendum §2): meetings, calls and
 * e-mails through {@code crm.activity.add} with the fields REST can set; everything else refused with the reason.
 * An outgoing e-mail that was completed comes back <em>open</em>: added as completed, the portal would send it to
 * the customer again. What the portal sets by itself (id, dates of creation, author...) is listed as lost.
 *
 * @param method   the method to call, or null when refused
 * @param params   its parameters ({@code {"fields": {...}}}), or null
 * @param refusal  why it cannot be re-created ({@link Refusal}), or null
 * @param lost     the backed-up fields the new activity will not have as they were
 * @param changes  fields deliberately sent differently, and why ({@link Change})
 */
public record RestorePlan(long oldId, ObjectNode record, String method, ObjectNode params, Refusal refusal,
                          List<String> lost, List<Change> changes) {

    public static final String ADD = "crm.activity.add";

    /** Why a record is not re-created. */
    public enum Refusal {
        /** TYPE_ID 3: a task lives in the Tasks module; crm.activity.add refuses it. */
        TASK,
        /** A configurable app activity: only crm.activity.configurable.add in the creating app's context. */
        CONFIGURABLE,
        /** TYPE_ID 6 of another provider, or an unknown type: re-creating it would give a different thing. */
        PROVIDER,
        /** A meeting, call or e-mail needs its communications, and this backup has none (written by an older version). */
        NO_COMMUNICATIONS
    }

    /** A field sent differently from the backup on purpose. */
    public enum Change {
        /** An outgoing e-mail that was completed comes back open, so the portal does not send it again. */
        EMAIL_LEFT_OPEN
    }

    /** Fields the portal sets itself on every add (addendum §2.1, §2.3). */
    public static final List<String> SET_BY_PORTAL = List.of("ID", "CREATED", "LAST_UPDATED", "AUTHOR_ID",
            "EDITOR_ID", "DEADLINE");
    private static final List<String> COPIED = List.of("OWNER_TYPE_ID", "OWNER_ID", "TYPE_ID", "SUBJECT",
            "START_TIME", "END_TIME", "COMPLETED", "PRIORITY", "RESPONSIBLE_ID", "DIRECTION", "DESCRIPTION",
            "DESCRIPTION_TYPE", "LOCATION", "ORIGINATOR_ID", "ORIGIN_ID");
    private static final int OUTGOING = 2;
    private static final int EMAIL = 4;

    public boolean refused() {
        return refusal != null;
    }

    public static RestorePlan of(ObjectNode record) {
        long id = record.path("ID").asLong();
        int type = record.path("TYPE_ID").asInt();
        String provider = record.path("PROVIDER_ID").asText("");
        Refusal refusal = switch (type) {
            case 1, 2, 4 -> null;
            case 3 -> Refusal.TASK;
            case 6 -> "CONFIGURABLE_REST_APP".equals(provider) ? Refusal.CONFIGURABLE : Refusal.PROVIDER;
            default -> Refusal.PROVIDER;
        };
        ArrayNode communications = communications(record.get("COMMUNICATIONS"));
        if (refusal == null && communications.isEmpty()) {
            refusal = Refusal.NO_COMMUNICATIONS;
        }
        if (refusal != null) {
            return new RestorePlan(id, record, null, null, refusal, List.of(), List.of());
        }
        ObjectNode fields = Json.object();
        for (String field : COPIED) {
            JsonNode value = record.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                fields.set(field, value);
            }
        }
        fields.set("COMMUNICATIONS", communications);
        List<Change> changes = new ArrayList<>();
        if (type == EMAIL && record.path("DIRECTION").asInt() == OUTGOING && "Y".equals(record.path("COMPLETED").asText())) {
            fields.put("COMPLETED", "N");
            changes.add(Change.EMAIL_LEFT_OPEN);
        }
        ObjectNode params = Json.object();
        params.set("fields", fields);
        return new RestorePlan(id, record, ADD, params, null, lost(record), List.copyOf(changes));
    }

    /** What the new activity will not have: the portal's own fields, and what REST cannot carry over. */
    private static List<String> lost(ObjectNode record) {
        List<String> lost = new ArrayList<>(SET_BY_PORTAL);
        if (record.path("ASSOCIATED_ENTITY_ID").asLong() > 0) {
            lost.add("ASSOCIATED_ENTITY_ID");
        }
        if (record.path("FILES").isArray() && !record.path("FILES").isEmpty()) {
            lost.add("FILES");
        }
        JsonNode settings = record.get("SETTINGS");
        if (settings != null && settings.isContainerNode() && !settings.isEmpty()) {
            lost.add("SETTINGS");
        }
        return List.copyOf(lost);
    }

    /** The communications as crm.activity.add takes them: value, entity and type, without the old ids. */
    private static ArrayNode communications(JsonNode saved) {
        ArrayNode out = Json.array();
        if (saved != null && saved.isArray()) {
            for (JsonNode item : saved) {
                ObjectNode comm = out.addObject();
                comm.put("VALUE", item.path("VALUE").asText(""));
                comm.put("ENTITY_ID", item.path("ENTITY_ID").asText(""));
                comm.put("ENTITY_TYPE_ID", item.path("ENTITY_TYPE_ID").asText(""));
                comm.put("TYPE", item.path("TYPE").asText(""));
            }
        }
        return out;
    }
}
