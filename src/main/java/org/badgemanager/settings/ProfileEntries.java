package org.badgemanager.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.badgemanager.bitrix.Json;
import org.badgemanager.connection.ConnectionKinds;
import org.badgemanager.settings.SkippedProfile.Problem;

/**
 * Reads the "profiles" list of the settings file one entry at a time: an entry that cannot be used is skipped
 * and remembered as it was written, so that one bad profile neither stops the app nor costs the others.
 */
final class ProfileEntries {
    private final List<Profile> readable = new ArrayList<>();
    private final List<SkippedProfile> skipped = new ArrayList<>();
    private final List<JsonNode> keptAsWritten = new ArrayList<>();

    private ProfileEntries() {
    }

    static ProfileEntries read(ArrayNode entries) {
        ProfileEntries result = new ProfileEntries();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            Problem problem = problemOf(entry, ids);
            if (problem == null) {
                Profile profile = Json.mapper().convertValue(entry, Profile.class);
                ids.add(profile.id());
                result.readable.add(profile);
            } else {
                result.skipped.add(new SkippedProfile(labelOf(entry, i), problem));
                result.keptAsWritten.add(entry.deepCopy());
            }
        }
        return result;
    }

    List<Profile> readable() {
        return readable;
    }

    List<SkippedProfile> skipped() {
        return skipped;
    }

    List<JsonNode> keptAsWritten() {
        return keptAsWritten;
    }

    private static Problem problemOf(JsonNode entry, Set<String> ids) {
        if (!entry.isObject()) {
            return Problem.MALFORMED;
        }
        if (blank(entry, "id")) {
            return Problem.NO_ID;
        }
        if (ids.contains(entry.get("id").asText())) {
            return Problem.DUPLICATE_ID;
        }
        if (blank(entry, "kind")) {
            return Problem.NO_KIND;
        }
        ConnectionKind kind = kindOf(entry.get("kind").asText());
        if (kind == null) {
            return Problem.UNKNOWN_KIND;
        }
        Profile profile;
        try {
            profile = Json.mapper().convertValue(entry, Profile.class);
        } catch (IllegalArgumentException e) {
            return Problem.MALFORMED;
        }
        return blank(entry, "name") || !ConnectionKinds.of(kind).isComplete(profile) ? Problem.INCOMPLETE : null;
    }

    private static ConnectionKind kindOf(String text) {
        for (ConnectionKind kind : ConnectionKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }

    private static boolean blank(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank();
    }

    private static String labelOf(JsonNode entry, int index) {
        for (String field : new String[] {"name", "id"}) {
            if (entry.isObject() && !blank(entry, field)) {
                return entry.get(field).asText().strip();
            }
        }
        return "#" + (index + 1);
    }
}
