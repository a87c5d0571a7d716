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

    void success(String name, MethodResult result, Instant start, Instant finish) {
        results.set(name, result.result());
        if (result.total() != null) {
            totals.put(name, result.total());
        }
        if (result.next() != null) {
            nexts.put(name, result.next());
        }
        times.set(name, ResponseBodies.time(start, finish));
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
