package org.badgemanager.bitrix;

import java.util.Locale;
import java.util.Set;

/** Which methods only read: those alone may be repeated when an answer went missing. */
public final class MethodKind {
    private static final Set<String> READ_SUFFIXES = Set.of(".get", ".list", ".fields");
    private static final Set<String> READ_METHODS = Set.of("profile", "user.current", "app.info", "server.time",
            "scope", "methods");

    private MethodKind() {
    }

    public static boolean isReadOnly(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return READ_METHODS.contains(m) || READ_SUFFIXES.stream().anyMatch(m::endsWith);
    }
}
