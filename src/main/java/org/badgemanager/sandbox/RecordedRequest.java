package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One REST call as the sandbox received it.
 *
 * @param method     normalized method name: lower case, without ".json" (e.g. "crm.activity.badge.add", "batch")
 * @param httpMethod "GET" or "POST"
 * @param path       request path as sent (a webhook's secret code stays in it)
 * @param params     query and body parameters merged, including {@code auth} as sent; a copy in which texts and
 *                   names over 4096 characters are cut (with a marker) and at most 1000 values are kept
 * @param status     HTTP status answered; 0 when the connection was dropped without an answer (also when the
 *                   client did not send its body in time)
 * @param errorCode  null on success (and on raw or dropped answers), else the "error" string sent
 * @param receivedAt when the request arrived
 */
public record RecordedRequest(String method, String httpMethod, String path, ObjectNode params,
                              int status, String errorCode, Instant receivedAt) {
}
