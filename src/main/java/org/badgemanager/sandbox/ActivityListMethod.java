package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * crm.activity.list: filter, order, select and fixed pages of 50 by {@code start} offset.
 * {@code start=-1} skips counting: total 0 and no next, as on the portal. Ordered by ID (the default, and what
 * keyset paging uses) the rows are scanned in id order from the filter's lowest id ({@code >ID}) and the scan
 * stops at the end of the page, so a keyset page costs what its rows cost, even among a million activities.
 * Counts and the position of the last offset page are remembered per filter until the activities change: the
 * sandbox's own speed is not what a benchmark of the portal's limits should measure (the portal's cost is
 * modelled separately).
 */
final class ActivityListMethod implements RestMethod {

    static final int PAGE_SIZE = 50;
    private static final long NO_COUNT = -1;
    /** Not among the base fields ("*"): sent only when named in select. */
    private static final Set<String> EXTRAS = Set.of("COMMUNICATIONS", "FILES");

    private final PortalState state;
    private final SandboxControl control;
    /** Under the portal lock only. */
    private final ListMemo memo = new ListMemo();

    ActivityListMethod(PortalState state, SandboxControl control) {
        this.state = state;
        this.control = control;
    }

    @Override
    public MethodResult call(MethodCall call) {
        ObjectNode params = call.params();
        JsonNode filterNode = Params.get(params, "filter");
        ActivityFilter filter = ActivityFilter.parse(filterNode);
        JsonNode orderNode = Params.get(params, "order");
        Set<String> select = select(Params.get(params, "select"));
        long start = Params.wholeNumber(Params.get(params, "start")).orElse(0);
        boolean counting = start != NO_COUNT;
        long offset = Math.max(0, start);

        boolean communications = named(Params.get(params, "select"), "COMMUNICATIONS");
        boolean files = named(Params.get(params, "select"), "FILES");
        Page found = state.query((badges, activities) -> ActivityOrder.byIdAscending(orderNode)
                ? byId(activities, filter, String.valueOf(filterNode), offset, counting)
                : sorted(activities, filter, ActivityOrder.parse(orderNode), offset));
        ArrayNode page = Json.array();
        for (ActivityRecord record : found.rows()) {
            ObjectNode fields = withExtras(record, communications, files);
            if (!control.providerParamsReturned()) {
                fields.remove(ActivityRecord.PROVIDER_PARAMS);
            }
            page.add(project(fields, select));
        }
        if (!counting) {
            return new MethodResult(page, 0L, null);
        }
        long next = offset + PAGE_SIZE;
        return new MethodResult(page, found.total(), next < found.total() ? next : null);
    }

    private record Page(List<ActivityRecord> rows, long total) {
    }

    private static boolean visible(StoredActivity row, ActivityFilter filter) {
        return row.access() != ActivityAccess.FOREIGN && filter.matches(row);
    }

    /** The page in id order: a scan from the filter's lowest id (or from where the last offset page ended). */
    private Page byId(ActivityStore activities, ActivityFilter filter, String filterKey, long offset,
                      boolean counting) {
        long total = counting ? memo.count(activities, filterKey, () -> {
            long[] n = {0};
            activities.scan(filter.lowestId(), row -> {
                if (visible(row, filter)) {
                    n[0]++;
                }
                return true;
            });
            return n[0];
        }) : 0;
        ListMemo.Position resume = memo.position(activities, filterKey, offset);
        long[] skipped = {resume == null ? 0 : resume.offset()};
        long from = resume == null ? filter.lowestId() : resume.nextId();
        List<ActivityRecord> rows = new ArrayList<>(PAGE_SIZE);
        long[] lastId = {from - 1};
        activities.scan(from, row -> {
            if (!visible(row, filter)) {
                return true;
            }
            if (skipped[0] < offset) {
                skipped[0]++;
                lastId[0] = row.id();
                return true;
            }
            rows.add(row.record());
            lastId[0] = row.id();
            return rows.size() < PAGE_SIZE;
        });
        if (offset > 0 || counting) {
            memo.remember(activities, filterKey, offset + rows.size(), lastId[0] + 1);
        }
        return new Page(rows, total);
    }

    /** Any other order: every matching row is sorted (rows only, no JSON), then the page's records are built. */
    private static Page sorted(ActivityStore activities, ActivityFilter filter, Comparator<FieldReader> order,
                               long offset) {
        List<StoredActivity> matching = new ArrayList<>();
        activities.scan(filter.lowestId(), row -> {
            if (visible(row, filter)) {
                matching.add(row.stable());
            }
            return true;
        });
        matching.sort(order);
        List<ActivityRecord> rows = matching.stream().skip(offset).limit(PAGE_SIZE).map(StoredActivity::record)
                .toList();
        return new Page(rows, matching.size());
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
