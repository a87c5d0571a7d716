package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * crm.activity.list: filter, order, select and fixed pages of 50 by {@code start} offset.
 * {@code start=-1} skips counting: total 0 and no next, as on the portal.
 */
final class ActivityListMethod implements RestMethod {

    static final int PAGE_SIZE = 50;
    private static final long NO_COUNT = -1;
    /** Not among the base fields ("*"): sent only when named in select. */
    private static final Set<String> EXTRAS = Set.of("COMMUNICATIONS", "FILES");

    private final PortalState state;
    private final SandboxControl control;

    ActivityListMethod(PortalState state, SandboxControl control) {
        this.state = state;
        this.control = control;
    }

    @Override
    public MethodResult call(MethodCall call) {
        ObjectNode params = call.params();
        ActivityFilter filter = ActivityFilter.parse(Params.get(params, "filter"));
        Comparator<ObjectNode> order = ActivityOrder.parse(Params.get(params, "order"));
        Set<String> select = select(Params.get(params, "select"));
        long start = Params.wholeNumber(Params.get(params, "start")).orElse(0);
        boolean counting = start != NO_COUNT;
        long offset = Math.max(0, start);

        boolean communications = named(Params.get(params, "select"), "COMMUNICATIONS");
        boolean files = named(Params.get(params, "select"), "FILES");
        List<ObjectNode> matching = state.query((badges, activities) -> activities.all().stream()
                .filter(record -> record.access() != ActivityAccess.FOREIGN)
                .filter(record -> filter.matches(record.fieldsView()))
                .sorted((a, b) -> order.compare(a.fieldsView(), b.fieldsView()))
                .map(record -> withExtras(record, communications, files))
                .toList());
        if (!control.providerParamsReturned()) {
            matching.forEach(fields -> fields.remove(ActivityRecord.PROVIDER_PARAMS));
        }

        ArrayNode page = Json.array();
        matching.stream().skip(offset).limit(PAGE_SIZE).forEach(fields -> page.add(project(fields, select)));
        if (!counting) {
            return new MethodResult(page, 0L, null);
        }
        long next = offset + PAGE_SIZE;
        return new MethodResult(page, (long) matching.size(), next < matching.size() ? next : null);
    }

    /** The record as a portal that keeps PROVIDER_PARAMS to itself returns it. */
    static ObjectNode withoutParams(ActivityRecord record) {
        ObjectNode fields = record.fieldsCopy();
        fields.remove(ActivityRecord.PROVIDER_PARAMS);
        return fields;
    }

    /** Requested field names; empty means all base fields ("*" or nothing given). */
    private static Set<String> select(JsonNode node) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode item : Params.elements(node)) {
            String field = ActivityFields.normalize(item.asText());
            if (field.equals("*")) {
                return Set.of();
            }
            if (!field.isEmpty() && !EXTRAS.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static boolean named(JsonNode select, String field) {
        return Params.elements(select).stream().anyMatch(item -> ActivityFields.normalize(item.asText()).equals(field));
    }

    private static ObjectNode withExtras(ActivityRecord record, boolean communications, boolean files) {
        ObjectNode fields = record.fieldsCopy();
        if (communications) {
            fields.set("COMMUNICATIONS", record.communicationsCopy());
        }
        if (files) {
            fields.set("FILES", record.filesCopy());
        }
        return fields;
    }

    /** ID always comes back, whatever was selected, so clients can page by it. */
    private static ObjectNode project(ObjectNode fields, Set<String> select) {
        if (select.isEmpty()) {
            return fields;
        }
        ObjectNode projected = Json.object();
        projected.set("ID", fields.get("ID"));
        for (String field : select) {
            if (fields.has(field)) {
                projected.set(field, fields.get(field));
            }
        }
        EXTRAS.stream().filter(fields::has).forEach(extra -> projected.set(extra, fields.get(extra)));
        return projected;
    }
}
