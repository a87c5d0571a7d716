package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Builds the JSON envelopes: success with {@code result}/{@code time}, and error. */
final class ResponseBodies {

    /** Window of the per-method "operating" limit; the sandbox never charges it. */
    private static final Duration OPERATING_WINDOW = Duration.ofMinutes(10);

    private ResponseBodies() {
    }

    static ObjectNode success(MethodResult result, Instant start, Instant finish) {
        ObjectNode body = Json.object();
        body.set("result", result.result());
        if (result.next() != null) {
            body.put("next", result.next());
        }
        if (result.total() != null) {
            body.put("total", result.total());
        }
        body.set("time", time(start, finish));
        return body;
    }

    static ObjectNode error(String code, String description) {
        ObjectNode body = Json.object();
        body.put("error", code);
        body.put("error_description", description);
        return body;
    }

    static ObjectNode time(Instant start, Instant finish) {
        BigDecimal startSeconds = SandboxTime.unixSeconds(start);
        BigDecimal finishSeconds = SandboxTime.unixSeconds(finish);
        ObjectNode time = Json.object();
        time.put("start", startSeconds);
        time.put("finish", finishSeconds);
        time.put("duration", finishSeconds.subtract(startSeconds));
        time.put("processing", finishSeconds.subtract(startSeconds));
        time.put("date_start", SandboxTime.iso(start));
        time.put("date_finish", SandboxTime.iso(finish));
        time.put("operating_reset_at", start.plus(OPERATING_WINDOW).getEpochSecond());
        time.put("operating", 0);
        return time;
    }
}
