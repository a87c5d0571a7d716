package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored activity: the public fields plus what the portal keeps out of crm.activity.get/list
 * (the bound badge code and who may touch it). Mutated only under the {@link PortalState} lock.
 */
final class ActivityRecord {

    private final long id;
    private final ObjectNode fields;
    private String badgeCode;
    private ActivityAccess access;
    // crm.activity.list gives these only when named in select; crm.activity.get never gives COMMUNICATIONS
    private ArrayNode communications = Json.array();
    private ArrayNode files = Json.array();

    ActivityRecord(long id, ObjectNode fields, ActivityAccess access) {
        this.id = id;
        this.fields = fields;
        this.access = access;
    }

    long id() {
        return id;
    }

    /** A copy of the public fields, safe to hand out. */
    ObjectNode fieldsCopy() {
        return fields.deepCopy();
    }

    /** The live fields, for read-only matching under the lock. */
    ObjectNode fieldsView() {
        return fields;
    }

    String badgeCode() {
        return badgeCode;
    }

    void bindBadge(String code) {
        badgeCode = code;
    }

    ActivityAccess access() {
        return access;
    }

    void setAccess(ActivityAccess newAccess) {
        access = newAccess;
        if (newAccess == ActivityAccess.APP_CREATED) {
            ActivityKind kind = ActivityKind.CONFIGURABLE;
            fields.put("TYPE_ID", Integer.toString(kind.typeId));
            fields.put("PROVIDER_ID", kind.providerId);
            fields.put("PROVIDER_TYPE_ID", kind.providerTypeId);
        }
    }

    ArrayNode communicationsCopy() {
        return communications.deepCopy();
    }

    void setCommunications(ArrayNode items) {
        communications = items.deepCopy();
    }

    ArrayNode filesCopy() {
        return files.deepCopy();
    }

    void setFiles(ArrayNode items) {
        files = items.deepCopy();
    }
}
