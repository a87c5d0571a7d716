package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

/** The {@code order} of crm.activity.list, e.g. {@code {"CREATED":"desc"}}; ties and the default go by ID ascending. */
final class ActivityOrder {

    private ActivityOrder() {
    }

    static Comparator<FieldReader> parse(JsonNode order) {
        Comparator<FieldReader> comparator = null;
        if (order instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                Comparator<FieldReader> byField = byField(ActivityFields.normalize(entry.getKey()));
                if (entry.getValue().asText().trim().equalsIgnoreCase("desc")) {
                    byField = byField.reversed();
                }
                comparator = comparator == null ? byField : comparator.thenComparing(byField);
            }
        }
        Comparator<FieldReader> byId = byField("ID");
        return comparator == null ? byId : comparator.thenComparing(byId);
    }

    private static Comparator<FieldReader> byField(String field) {
        boolean numeric = ActivityFields.isNumeric(field);
        if (numeric) {
            return (a, b) -> {
                long x = a.whole(field);
                long y = b.whole(field);
                if (x != FieldReader.NO_NUMBER && y != FieldReader.NO_NUMBER) {
                    return Long.compare(x, y);
                }
                return compare(text(a, field), text(b, field), true);
            };
        }
        return (a, b) -> compare(text(a, field), text(b, field), false);
    }

    private static String text(FieldReader fields, String field) {
        return fields.text(field);
    }

    /** Whether the order is by ID ascending alone (or not given): the order a keyset scan yields directly. */
    static boolean byIdAscending(JsonNode order) {
        if (!(order instanceof ObjectNode object) || object.isEmpty()) {
            return true;
        }
        if (object.size() != 1) {
            return false;
        }
        var entry = object.properties().iterator().next();
        return ActivityFields.normalize(entry.getKey()).equals("ID")
                && !entry.getValue().asText().trim().equalsIgnoreCase("desc");
    }

    /** Nulls first, as MySQL sorts them ascending. */
    private static int compare(String a, String b, boolean numeric) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (numeric) {
            try {
                return new BigDecimal(a).compareTo(new BigDecimal(b));
            } catch (NumberFormatException e) {
                // fall back to text order
            }
        }
        return a.compareTo(b);
    }
}
