package org.badgemanager.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** REST methods by normalized name. Filled once at start-up, read-only afterwards. */
final class MethodRegistry {

    private final Map<String, RestMethod> methods = new HashMap<>();

    void register(String name, RestMethod method) {
        methods.put(MethodNames.normalize(name), method);
    }

    Optional<RestMethod> find(String normalizedName) {
        return Optional.ofNullable(methods.get(normalizedName));
    }
}
