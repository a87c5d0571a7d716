package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/** A successful answer: {@code result}, and for list methods {@code total} and {@code next}. */
public record BitrixResponse(JsonNode result, Integer total, Integer next, JsonNode time) {

    /** Unix second when the method's operating-time window frees up, if the portal said. */
    public OptionalLong operatingResetAt() {
        JsonNode reset = time == null ? null : time.get("operating_reset_at");
        if (reset == null || !reset.canConvertToLong() && !reset.isTextual()) {
            return OptionalLong.empty();
        }
        if (reset.isTextual()) {
            // docs show it once as a date string; only a plain number is usable
            try {
                return OptionalLong.of(Long.parseLong(reset.asText().trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(reset.asLong());
    }
}
