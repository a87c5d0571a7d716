package org.badgemanager.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved connection, without its secrets. Besides its id, name and kind it holds what its kind chose to remember
 * ({@link #fields()}, e.g. a webhook's masked address or an OAuth app's client id); the kind's folder under
 * {@code connection.kinds} decides which. Secrets live in the {@link SecretStore} under {@link #id()}. In the
 * settings file all of it is one flat JSON object, as it was when the fields were fixed.
 */
public record Profile(String id, String name, ConnectionKind kind, Map<String, String> fields) {
    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String KIND = "kind";

    public Profile {
        Map<String, String> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((key, value) -> {
                if (value != null && !key.equals(ID) && !key.equals(NAME) && !key.equals(KIND)) {
                    copy.put(key, value);
                }
            });
        }
        fields = Collections.unmodifiableMap(copy);
    }

    public static Profile sandbox(String id, String name) {
        return new Profile(id, name, ConnectionKind.SANDBOX, Map.of());
    }

    /** A remembered field, or null. */
    public String field(String key) {
        return fields.get(key);
    }

    public Profile withField(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(key, value);
        return new Profile(id, name, kind, changed);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Profile fromJson(Map<String, String> flat) {
        String kind = flat.get(KIND);
        return new Profile(flat.get(ID), flat.get(NAME), kind == null ? null : ConnectionKind.valueOf(kind), flat);
    }

    @JsonValue
    Map<String, String> toJson() {
        Map<String, String> flat = new LinkedHashMap<>();
        flat.put(ID, id);
        flat.put(NAME, name);
        flat.put(KIND, kind == null ? null : kind.name());
        flat.putAll(fields);
        return flat;
    }
}
