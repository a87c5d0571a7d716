package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored activity: the public fields plus who may touch it. A configurable activity keeps its badge where the
 * portal does, in {@code PROVIDER_PARAMS} as {@code {"clientId": …, "badgeCode": …}} (addendum §1.5), so
 * crm.activity.list returns it. Mutated only under the {@link PortalState} lock.
 */
final class ActivityRecord implements StoredActivity {

    /** The app that created configurable activities when a test or the demo data names none. */
    static final String OTHER_APP_CLIENT_ID = "app.5f1e2d3c4b5a69.17243590";
    static final String PROVIDER_PARAMS = "PROVIDER_PARAMS";

    private final long id;
    private final ObjectNode fields;
    private ActivityAccess access;
    // crm.activity.list gives these only when named in select; crm.activity.get never gives COMMUNICATIONS
    private ArrayNode communications = Json.array();
    private ArrayNode files = Json.array();

    ActivityRecord(long id, ObjectNode fields, ActivityAccess access) {
        this.id = id;
        this.fields = fields;
        this.access = access;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean has(String field) {
        return fields.has(field);
    }

    @Override
    public String text(String field) {
        JsonNode node = fields.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    @Override
    public ActivityRecord record() {
        return this;
    }

    /** A copy of the public fields, safe to hand out. */
    ObjectNode fieldsCopy() {
        return fields.deepCopy();
    }

    /** The live fields, for read-only matching and updates under the lock. */
    ObjectNode fieldsView() {
        return fields;
    }

    boolean configurable() {
        return ActivityKind.CONFIGURABLE.providerId.equals(fields.path("PROVIDER_ID").asText());
    }

    boolean completed() {
        return "Y".equals(fields.path("COMPLETED").asText());
    }

    /** The badge code in PROVIDER_PARAMS; null when none. */
    String badgeCode() {
        JsonNode code = fields.path(PROVIDER_PARAMS).path("badgeCode");
        return code.isTextual() && !code.asText().isEmpty() ? code.asText() : null;
    }

    /** The client id of the app that created this configurable activity; null for other kinds. */
    String clientId() {
        JsonNode client = fields.path(PROVIDER_PARAMS).path("clientId");
        return client.isTextual() ? client.asText() : null;
    }

    /**
     * Whether the portal keeps a kanban badge row for this activity: only an open activity with a badge code
     * has one (addendum §1.7); completing it or emptying the code removes the row.
     */
    boolean showsBadge(String code) {
        return code.equals(badgeCode()) && !completed();
    }

    /**
     * Puts the badge on this activity (test and demo set-up). Only configurable activities carry badges on a
     * portal, so any other activity becomes one, created by another app unless it already names its app.
     */
    void bindBadge(String code) {
        makeConfigurable(clientId() == null ? OTHER_APP_CLIENT_ID : clientId());
        ((ObjectNode) fields.get(PROVIDER_PARAMS)).put("badgeCode", code);
    }

    /** Turns this into a configurable activity of the app {@code clientId}, keeping a badge code it has. */
    void makeConfigurable(String clientId) {
        ActivityKind kind = ActivityKind.CONFIGURABLE;
        fields.put("TYPE_ID", Integer.toString(kind.typeId));
        fields.put("PROVIDER_ID", kind.providerId);
        fields.put("PROVIDER_TYPE_ID", kind.providerTypeId);
        String code = badgeCode();
        ObjectNode params = Json.object();
        params.put("clientId", clientId);
        if (code == null) {
            params.putNull("badgeCode");
        } else {
            params.put("badgeCode", code);
        }
        fields.set(PROVIDER_PARAMS, params);
        if (!fields.has("PROVIDER_DATA")) {
            fields.put("PROVIDER_DATA", ConfigurableLayout.text(ConfigurableLayout.titled(
                    fields.path("SUBJECT").asText(""))));
        }
    }

    @Override
    public ActivityAccess access() {
        return access;
    }

    void setAccess(ActivityAccess newAccess) {
        access = newAccess;
        if (newAccess == ActivityAccess.APP_CREATED && !configurable()) {
            makeConfigurable(OTHER_APP_CLIENT_ID);
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
