package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;

/** Builds the JSON envelopes: success with {@code result}/{@code time}, and error. */
final class ResponseBodies {

    private ResponseBodies() {
    }

    static ObjectNode success(MethodResult result, Instant start, Instant finish, OperatingMeter.Usage usage) {
        ObjectNode body = Json.object();
        body.set("result", result.result());
        if (result.next() != null) {
            body.put("next", result.next());
        }
        if (result.total() != null) {
            body.put("total", result.total());
        }
        body.set("time", time(start, finish, usage));
        return body;
    }

    static ObjectNode error(String code, String description) {
        ObjectNode body = Json.object();
        body.put("error", code);
        body.put("error_description", description);
        return body;
    }

    /** {@code usage}: the method's operating sum and reset time after this call (see {@link OperatingMeter}). */
    static ObjectNode time(Instant start, Instant finish, OperatingMeter.Usage usage) {
        BigDecimal startSeconds = SandboxTime.unixSeconds(start);
        BigDecimal finishSeconds = SandboxTime.unixSeconds(finish);
        ObjectNode time = Json.object();
        time.put("start", startSeconds);
        time.put("finish", finishSeconds);
        time.put("duration", finishSeconds.subtract(startSeconds));
        time.put("processing", finishSeconds.subtract(startSeconds));
        time.put("date_start", SandboxTime.iso(start));
        time.put("date_finish", SandboxTime.iso(finish));
        time.put("operating_reset_at", usage.resetAt());
        time.put("operating", BigDecimal.valueOf(usage.operating()).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros());
        return time;
    }
}
