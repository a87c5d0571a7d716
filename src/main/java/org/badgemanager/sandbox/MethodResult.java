package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a method returns: the {@code result} value plus the list-paging fields.
 *
 * @param total top-level {@code total}, or null when the method does not count
 * @param next  top-level {@code next}, or null when there is no further page
 */
record MethodResult(JsonNode result, Long total, Long next) {

    static MethodResult of(JsonNode result) {
        return new MethodResult(result, null, null);
    }
}
