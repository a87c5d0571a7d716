package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

/**
 * What to do with the HTTP exchange once a REST call has been processed.
 *
 * @param drop      close the connection without any answer
 * @param errorCode the "error" string of an error envelope, null otherwise
 */
record RestOutcome(boolean drop, int status, String contentType, byte[] body, String errorCode) {

    static final String JSON_TYPE = "application/json; charset=utf-8";

    static RestOutcome json(int status, JsonNode body) {
        return new RestOutcome(false, status, JSON_TYPE, Json.bytes(body), null);
    }

    static RestOutcome error(RestError error) {
        JsonNode body = ResponseBodies.error(error.code(), error.description());
        return new RestOutcome(false, error.status(), JSON_TYPE, Json.bytes(body), error.code());
    }

    static RestOutcome raw(int status, String contentType, String body) {
        return new RestOutcome(false, status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    static RestOutcome dropped() {
        return new RestOutcome(true, 0, null, new byte[0], null);
    }
}
