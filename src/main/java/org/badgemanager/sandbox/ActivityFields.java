package org.badgemanager.sandbox;

import java.util.Locale;
import java.util.Set;

/** Which activity fields compare as numbers, and field-name normalization for filter/order/select keys. */
final class ActivityFields {

    static final Set<String> NUMERIC = Set.of("ID", "OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID", "RESPONSIBLE_ID",
            "AUTHOR_ID", "EDITOR_ID", "STATUS", "PRIORITY", "DIRECTION", "DESCRIPTION_TYPE");

    private ActivityFields() {
    }

    static String normalize(String field) {
        return field.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isNumeric(String field) {
        return NUMERIC.contains(field);
    }
}
