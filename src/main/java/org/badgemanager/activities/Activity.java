package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a CRM activity an admin needs to pick it. Not the whole record: a table of 10 000 activities would
 * keep ~40 MB of JSON alive for nothing; backups fetch the full records again right before deleting.
 *
 * @param badgeCode   the badge of a configurable activity as its {@code PROVIDER_PARAMS.badgeCode} says; "" for
 *                    none; null when the portal did not return {@code PROVIDER_PARAMS} for a configurable activity
 *                    (then nobody here knows)
 * @param appClientId the app that created a configurable activity ({@code PROVIDER_PARAMS.clientId}); null when
 *                    not known or not such an activity
 */
public record Activity(long id, String subject, int typeId, String providerId, int ownerTypeId, long ownerId,
                       long responsibleId, String created, boolean completed, String badgeCode, String appClientId) {

    /** The provider of activities made by crm.activity.configurable.add, the only kind that carries badges. */
    public static final String CONFIGURABLE_PROVIDER = "CONFIGURABLE_REST_APP";

    /** An activity that carries no badge. */
    public Activity(long id, String subject, int typeId, String providerId, int ownerTypeId, long ownerId,
                    long responsibleId, String created, boolean completed) {
        this(id, subject, typeId, providerId, ownerTypeId, ownerId, responsibleId, created, completed, "", null);
    }

    /** The portal sends every value as a string ("ID":"999", "COMPLETED":"Y"). */
    public static Activity fromJson(JsonNode node) {
        String providerId = node.path("PROVIDER_ID").asText("");
        JsonNode params = node.path("PROVIDER_PARAMS");
        String badgeCode = "";
        String clientId = null;
        if (params.isObject()) {
            JsonNode code = params.path("badgeCode");
            badgeCode = code.isTextual() ? code.asText() : "";
            clientId = params.path("clientId").isTextual() ? params.path("clientId").asText() : null;
        } else if (CONFIGURABLE_PROVIDER.equals(providerId)) {
            badgeCode = null;
        }
        return new Activity(
                node.path("ID").asLong(),
                node.path("SUBJECT").asText(""),
                node.path("TYPE_ID").asInt(),
                providerId,
                node.path("OWNER_TYPE_ID").asInt(),
                node.path("OWNER_ID").asLong(),
                node.path("RESPONSIBLE_ID").asLong(),
                node.path("CREATED").asText(""),
                "Y".equals(node.path("COMPLETED").asText()),
                badgeCode,
                clientId);
    }

    /** Whether the badge on this activity is known (false: a configurable activity whose parameters were not sent). */
    public boolean badgeKnown() {
        return badgeCode != null;
    }

    public Activity withBadge(String code, String clientId) {
        return new Activity(id, subject, typeId, providerId, ownerTypeId, ownerId, responsibleId, created, completed,
                code, clientId);
    }
}
