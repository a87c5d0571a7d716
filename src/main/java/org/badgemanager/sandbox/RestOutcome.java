package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

/**
 * What to do with the HTTP exchange once a REST call has been processed.
 *
 * @param drop      close the connection without any answer
 * @param errorCode the "error" string of an error envelope, null otherwise
 * @param location  a Location header to send (redirects), or null
 * @param cut       send the headers and only the first half of the body, then close the connection
 */
record RestOutcome(boolean drop, int status, String contentType, byte[] body, String errorCode, String location,
                   boolean cut) {

    static final String JSON_TYPE = "application/json; charset=utf-8";

    static RestOutcome json(int status, JsonNode body) {
        return new RestOutcome(false, status, JSON_TYPE, Json.bytes(body), null, null, false);
    }

    static RestOutcome error(RestError error) {
        JsonNode body = ResponseBodies.error(error.code(), error.description());
        return new RestOutcome(false, error.status(), JSON_TYPE, Json.bytes(body), error.code(), null, false);
    }

    static RestOutcome raw(int status, String contentType, String body) {
        return new RestOutcome(false, status, contentType, body.getBytes(StandardCharsets.UTF_8), null, null, false);
    }

    static RestOutcome dropped() {
        return new RestOutcome(true, 0, null, new byte[0], null, null, false);
    }

    static RestOutcome redirect(int status, String location) {
        byte[] page = ("<html><body>Moved to " + location + "</body></html>").getBytes(StandardCharsets.UTF_8);
        return new RestOutcome(false, status, "text/html; charset=utf-8", page, null, location, false);
    }

    /** This outcome, but cut off halfway through its body. */
    RestOutcome cutOff() {
        return new RestOutcome(false, status, contentType, body, errorCode, location, true);
    }
}
