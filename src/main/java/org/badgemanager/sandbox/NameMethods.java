package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What turns ids into names: {@code user.get} (scope user, user_basic or user_brief) and the legacy per-type lists
 * {@code crm.lead.list}, {@code crm.deal.list}, {@code crm.contact.list}, {@code crm.company.list} (scope crm).
 * Filters by {@code ID} / {@code @ID} (a list means "any of"), {@code select}, pages of 50 by {@code start}
 * ({@code -1}: no count). Ids that do not exist are simply missing from the answer, as on the portal.
 */
final class NameMethods {

    private final CrmItems items;

    NameMethods(CrmItems items) {
        this.items = items;
    }

    void registerInto(MethodRegistry registry) {
        registry.register("user.get", Scopes.require(Scopes.USER, this::users));
        registry.register("crm.lead.list", Scopes.require(Scopes.CRM, call -> list(call, CrmItems.LEAD)));
        registry.register("crm.deal.list", Scopes.require(Scopes.CRM, call -> list(call, CrmItems.DEAL)));
        registry.register("crm.contact.list", Scopes.require(Scopes.CRM, call -> list(call, CrmItems.CONTACT)));
        registry.register("crm.company.list", Scopes.require(Scopes.CRM, call -> list(call, CrmItems.COMPANY)));
    }

    private MethodResult users(MethodCall call) {
        ObjectNode params = call.params();
        JsonNode filter = Params.get(params, "filter");
        if (Params.isMissing(filter)) {
            // the docs also show the legacy form: filter keys at the top level
            ObjectNode topLevel = Json.object();
            params.properties().forEach(e -> {
                if (!Set.of("sort", "order", "select", "start", "admin_mode", "auth")
                        .contains(e.getKey().toLowerCase())) {
                    topLevel.set(e.getKey(), e.getValue());
                }
            });
            filter = topLevel;
        }
        List<ObjectNode> all = new ArrayList<>();
        SandboxPeople.ids().forEach(id -> SandboxPeople.find(id).ifPresent(all::add));
        return page(all, filter, params);
    }

    private MethodResult list(MethodCall call, int typeId) {
        List<ObjectNode> all = new ArrayList<>(items.all(typeId).values());
        return page(all, Params.get(call.params(), "filter"), call.params());
    }

    private static MethodResult page(List<ObjectNode> all, JsonNode filterNode, ObjectNode params) {
        ActivityFilter filter = ActivityFilter.parse(filterNode);
        Set<String> select = select(Params.get(params, "select"));
        long start = Params.wholeNumber(Params.get(params, "start")).orElse(0);
        List<ObjectNode> matching = all.stream().filter(filter::matches).toList();
        long offset = Math.max(0, start);
        ArrayNode page = Json.array();
        matching.stream().skip(offset).limit(ActivityListMethod.PAGE_SIZE)
                .forEach(item -> page.add(project(item, select)));
        if (start == -1) {
            return new MethodResult(page, 0L, null);
        }
        long next = offset + ActivityListMethod.PAGE_SIZE;
        return new MethodResult(page, (long) matching.size(), next < matching.size() ? next : null);
    }

    private static Set<String> select(JsonNode node) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode item : Params.elements(node)) {
            String field = ActivityFields.normalize(item.asText());
            if (field.equals("*")) {
                return Set.of();
            }
            fields.add(field);
        }
        return fields;
    }

    private static ObjectNode project(ObjectNode item, Set<String> select) {
        if (select.isEmpty()) {
            return item;
        }
        ObjectNode projected = Json.object();
        projected.set("ID", item.get("ID"));
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            if (select.contains(field.getKey())) {
                projected.set(field.getKey(), field.getValue());
            }
        }
        return projected;
    }
}
