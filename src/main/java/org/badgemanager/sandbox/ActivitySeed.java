package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;

/**
 * What an activity is made of before it gets an id; {@link #toFields(long)} renders the record the way
 * crm.activity.get returns it (every value a string, or null).
 */
record ActivitySeed(ActivityKind kind, int ownerTypeId, long ownerId, String subject, OffsetDateTime created,
                    boolean completed, int responsibleId, int priority, int direction, String description) {

    ObjectNode toFields(long id) {
        OffsetDateTime start = created.plusHours(2);
        OffsetDateTime end = start.plusMinutes(30);
        ObjectNode fields = Json.object();
        fields.put("ID", Long.toString(id));
        fields.put("OWNER_ID", Long.toString(ownerId));
        fields.put("OWNER_TYPE_ID", Integer.toString(ownerTypeId));
        fields.put("TYPE_ID", Integer.toString(kind.typeId));
        fields.put("PROVIDER_ID", kind.providerId);
        fields.put("PROVIDER_TYPE_ID", kind.providerTypeId);
        fields.put("SUBJECT", subject);
        fields.put("CREATED", SandboxTime.iso(created));
        fields.put("LAST_UPDATED", SandboxTime.iso(completed ? end : created));
        fields.put("START_TIME", SandboxTime.iso(start));
        fields.put("END_TIME", SandboxTime.iso(end));
        fields.put("DEADLINE", SandboxTime.iso(end));
        fields.put("COMPLETED", completed ? "Y" : "N");
        fields.put("STATUS", completed ? "2" : "1");
        fields.put("RESPONSIBLE_ID", Integer.toString(responsibleId));
        fields.put("AUTHOR_ID", Integer.toString(responsibleId));
        fields.put("EDITOR_ID", Integer.toString(responsibleId));
        fields.put("PRIORITY", Integer.toString(priority));
        fields.put("DIRECTION", Integer.toString(kind.hasDirection() ? direction : 0));
        fields.put("DESCRIPTION", description);
        fields.put("DESCRIPTION_TYPE", "1");
        fields.putNull("ORIGINATOR_ID");
        fields.putNull("ORIGIN_ID");
        return fields;
    }
}
