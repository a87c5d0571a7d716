package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An activity's fields read one by one, for filter and order, so a list over a million compact rows never builds a
 * JSON tree for a row it does not return.
 */
interface FieldReader {

    /** What {@link #whole(String)} answers for a field that is absent, null or not a whole number. */
    long NO_NUMBER = Long.MIN_VALUE;

    boolean has(String field);

    /** The field as the portal writes it (every value a string); null for a JSON null or an absent field. */
    String text(String field);

    /** The field as a whole number, or {@link #NO_NUMBER}; fast for the numeric columns of compact rows. */
    default long whole(String field) {
        return parseWhole(text(field));
    }

    static long parseWhole(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return NO_NUMBER;
        }
        long value = 0;
        int i = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative) {
            i = 1;
            if (text.length() == 1) {
                return NO_NUMBER;
            }
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NO_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    static FieldReader of(ObjectNode fields) {
        return new FieldReader() {
            @Override
            public boolean has(String field) {
                return fields.has(field);
            }

            @Override
            public String text(String field) {
                JsonNode node = fields.get(field);
                return node == null || node.isNull() ? null : node.asText();
            }
        };
    }
}
