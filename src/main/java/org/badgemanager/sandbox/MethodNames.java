package org.badgemanager.sandbox;

import java.util.Locale;

/** Bitrix lower-cases method names and accepts an optional ".json" format suffix. */
final class MethodNames {

    static final String ANY = "*";
    private static final String JSON_SUFFIX = ".json";

    private MethodNames() {
    }

    static String normalize(String method) {
        String name = method == null ? "" : method.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(JSON_SUFFIX)) {
            name = name.substring(0, name.length() - JSON_SUFFIX.length());
        }
        return name;
    }
}
