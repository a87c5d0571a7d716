package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.badges.Badge;
import org.badgemanager.bitrix.Json;

/**
 * A REST call the plan will make, for the preview.
 *
 * @param inBatch sent as a command of a {@code batch} request (up to 50 per request) rather than on its own
 */
public record PlannedCall(String code, String method, ObjectNode params, boolean inBatch) {
    public static final String ADD = "crm.activity.badge.add";
    public static final String DELETE = "crm.activity.badge.delete";

    static PlannedCall add(String code, Badge badge, boolean inBatch) {
        return new PlannedCall(code, ADD, badge.toJson(), inBatch);
    }

    static PlannedCall delete(String code, boolean inBatch) {
        ObjectNode params = Json.object();
        params.put("code", code);
        return new PlannedCall(code, DELETE, params, inBatch);
    }

    /**
     * For a call sent inside a {@code batch}: its command exactly as it goes over the wire
     * ({@code crm.activity.badge.add?code=…&title%5Ben%5D=…}); for a call sent on its own, {@link #display()}.
     */
    public String wire() {
        return inBatch ? new org.badgemanager.bitrix.BatchCommand(code, method, params).encoded() : display();
    }

    /** {@code crm.activity.badge.add {"code":…}} — what the preview lists. */
    public String display() {
        return method + " " + Json.write(params);
    }
}
