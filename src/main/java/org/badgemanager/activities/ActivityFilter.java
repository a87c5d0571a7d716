package org.badgemanager.activities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.bitrix.Json;

/** Search criteria for {@code crm.activity.list}; a null field means "any". Dates are ISO-8601 strings. */
public record ActivityFilter(Integer ownerTypeId, Long ownerId, Integer typeId, String providerId,
                             Boolean completed, Long responsibleId, String createdFrom, String createdTo) {

    public static ActivityFilter any() {
        return new ActivityFilter(null, null, null, null, null, null, null, null);
    }

    public static ActivityFilter byOwner(int ownerTypeId, long ownerId) {
        return new ActivityFilter(ownerTypeId, ownerId, null, null, null, null, null, null);
    }

    public ObjectNode toJson() {
        ObjectNode filter = Json.object();
        if (ownerTypeId != null) {
            filter.put("OWNER_TYPE_ID", ownerTypeId);
        }
        if (ownerId != null) {
            filter.put("OWNER_ID", ownerId);
        }
        if (typeId != null) {
            filter.put("TYPE_ID", typeId);
        }
        if (providerId != null && !providerId.isBlank()) {
            filter.put("PROVIDER_ID", providerId);
        }
        if (completed != null) {
            filter.put("COMPLETED", completed ? "Y" : "N");
        }
        if (responsibleId != null) {
            filter.put("RESPONSIBLE_ID", responsibleId);
        }
        if (createdFrom != null && !createdFrom.isBlank()) {
            filter.put(">=CREATED", createdFrom);
        }
        if (createdTo != null && !createdTo.isBlank()) {
            filter.put("<=CREATED", createdTo);
        }
        return filter;
    }
}
