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

    static Comparator<ObjectNode> parse(JsonNode order) {
        Comparator<ObjectNode> comparator = null;
        if (order instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                Comparator<ObjectNode> byField = byField(ActivityFields.normalize(entry.getKey()));
                if (entry.getValue().asText().trim().equalsIgnoreCase("desc")) {
                    byField = byField.reversed();
                }
                comparator = comparator == null ? byField : comparator.thenComparing(byField);
            }
        }
        Comparator<ObjectNode> byId = byField("ID");
        return comparator == null ? byId : comparator.thenComparing(byId);
    }

    private static Comparator<ObjectNode> byField(String field) {
        boolean numeric = ActivityFields.isNumeric(field);
        return (a, b) -> compare(text(a, field), text(b, field), numeric);
    }

    private static String text(ObjectNode fields, String field) {
        JsonNode node = fields.get(field);
        return node == null || node.isNull() ? null : node.asText();
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
