package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a CRM activity an admin needs to pick it. Not the whole record: a table of 10 000 activities would
 * keep ~40 MB of JSON alive for nothing; backups fetch the full records again right before deleting.
 */
public record Activity(long id, String subject, int typeId, String providerId, int ownerTypeId, long ownerId,
                       long responsibleId, String created, boolean completed) {

    /** The portal sends every value as a string ("ID":"999", "COMPLETED":"Y"). */
    public static Activity fromJson(JsonNode node) {
        return new Activity(
                node.path("ID").asLong(),
                node.path("SUBJECT").asText(""),
                node.path("TYPE_ID").asInt(),
                node.path("PROVIDER_ID").asText(""),
                node.path("OWNER_TYPE_ID").asInt(),
                node.path("OWNER_ID").asLong(),
                node.path("RESPONSIBLE_ID").asLong(),
                node.path("CREATED").asText(""),
                "Y".equals(node.path("COMPLETED").asText()));
    }
}
