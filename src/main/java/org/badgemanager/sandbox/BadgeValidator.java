package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/** The checks crm.activity.badge.add runs on its parameters, in the order the portal runs them. */
final class BadgeValidator {

    static final int MAX_CODE_LENGTH = 30;
    static final Set<String> TYPES = Set.of("success", "failure", "warning", "primary", "secondary");
    static final Set<String> LANGUAGES = Set.of("ar", "br", "de", "en", "fr", "hi", "id", "it", "ja", "la",
            "ms", "pl", "ru", "sc", "tc", "th", "tr", "ua", "vn");

    private BadgeValidator() {
    }

    /** Throws the portal's error for the first problem found; caller must already be checked as CRM admin. */
    static SandboxBadge validate(String code, JsonNode title, JsonNode value, JsonNode type) {
        requireText("title", title);
        requireText("value", value);
        checkLanguages("title", title);
        checkLanguages("value", value);
        if (!type.isTextual() || !TYPES.contains(type.textValue())) {
            throw RestError.badRequest("WRONG_TYPE_VALUE", "Wrong value of field `type`");
        }
        // The binder lets an empty string through; the ORM then rejects it like any empty argument.
        if (code.isEmpty()) {
            throw RestError.badRequest("REQUIRED_ARG_MISSING", "Argument 'code' is required");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw RestError.badRequest("0", "The length of the code field must not exceed 30 characters");
        }
        return new SandboxBadge(code, title.deepCopy(), value.deepCopy(), type.textValue());
    }

    /** Empty strings, empty maps and anything that is neither string nor map count as missing. */
    private static void requireText(String field, JsonNode node) {
        boolean present = (node.isTextual() && !node.textValue().isEmpty())
                || (node.isObject() && !node.isEmpty());
        if (!present) {
            throw RestError.badRequest("REQUIRED_ARG_MISSING", "Argument '" + field + "' is required");
        }
    }

    /** Language maps must use installed language ids and non-empty strings; these errors carry code 0. */
    private static void checkLanguages(String field, JsonNode node) {
        if (!(node instanceof ObjectNode map)) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            String language = entry.getKey();
            if (!LANGUAGES.contains(language)) {
                throw RestError.badRequest("0", "Language `" + language + "` was not found");
            }
            JsonNode text = entry.getValue();
            if (!text.isTextual() || text.textValue().isEmpty()) {
                throw RestError.badRequest("0", "Wrong value of field `" + field + "` for language " + language);
            }
        }
    }
}
