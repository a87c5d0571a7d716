package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** The five maps a batch answers with, keyed by command name. */
final class BatchSections {

    private final ObjectNode results = Json.object();
    private final ObjectNode errors = Json.object();
    private final ObjectNode totals = Json.object();
    private final ObjectNode nexts = Json.object();
    private final ObjectNode times = Json.object();

    /**
     * {@code usage}: what the command was charged; its {@code duration} and {@code processing} say at least that
     * much server time, and {@code operating} / {@code operating_reset_at} are its method's where
     * {@code withOperating} (otherwise left out, as in the docs' example).
     */
    void success(String name, MethodResult result, Instant start, Instant finish, OperatingMeter.Usage usage,
                 boolean withOperating) {
        results.set(name, result.result());
        if (result.total() != null) {
            totals.put(name, result.total());
        }
        if (result.next() != null) {
            nexts.put(name, result.next());
        }
        Instant charged = start.plusNanos((long) (usage.charged() * 1e9));
        ObjectNode time = ResponseBodies.time(start, charged.isAfter(finish) ? charged : finish, usage);
        if (!withOperating) {
            time.remove("operating");
            time.remove("operating_reset_at");
        }
        times.set(name, time);
    }

    void failure(String name, RestError error) {
        errors.set(name, ResponseBodies.error(error.code(), error.description()));
    }

    /** Earlier results, for {@code $result[...]} references. */
    JsonNode results() {
        return results;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.set("result", section(results));
        json.set("result_error", section(errors));
        json.set("result_total", section(totals));
        json.set("result_next", section(nexts));
        json.set("result_time", section(times));
        return json;
    }

    /** PHP's json_encode writes an empty array as [], so empty sections come out as [] rather than {}. */
    private static JsonNode section(ObjectNode map) {
        return map.isEmpty() ? Json.array() : map;
    }
}
