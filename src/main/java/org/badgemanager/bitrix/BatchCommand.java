package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One command inside a {@code batch} call, named so its result can be found again. */
public record BatchCommand(String name, String method, ObjectNode params) {

    /** The command string the portal expects: {@code method?http_build_query(params)}. */
    public String encoded() {
        String query = QueryEncoder.encode(params);
        return query.isEmpty() ? method : method + "?" + query;
    }
}
