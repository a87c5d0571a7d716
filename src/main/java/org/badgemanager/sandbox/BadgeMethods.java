package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** crm.activity.badge.add / get / list / delete. */
final class BadgeMethods {

    private final PortalState state;

    BadgeMethods(PortalState state) {
        this.state = state;
    }

    void registerInto(MethodRegistry registry) {
        registry.register("crm.activity.badge.add", this::add);
        registry.register("crm.activity.badge.get", this::get);
        registry.register("crm.activity.badge.list", this::list);
        registry.register("crm.activity.badge.delete", this::delete);
    }

    private MethodResult add(MethodCall call) {
        ObjectNode params = call.params();
        JsonNode code = required(params, "code");
        JsonNode title = required(params, "title");
        JsonNode value = required(params, "value");
        JsonNode type = required(params, "type");
        requireAdmin(call);
        SandboxBadge badge = BadgeValidator.validate(code.asText(), title, value, type);
        boolean added = state.query((badges, activities) -> {
            if (badges.contains(badge.code())) {
                return false;
            }
            badges.put(badge);
            return true;
        });
        if (!added) {
            throw RestError.badRequest("BX_INVALID_VALUE", "Code must be unique");
        }
        return wrapped(badge);
    }

    private MethodResult get(MethodCall call) {
        String code = required(call.params(), "code").asText();
        SandboxBadge badge = state.query((badges, activities) -> badges.find(code))
                .orElseThrow(() -> notFound(code));
        return wrapped(badge);
    }

    private MethodResult list(MethodCall call) {
        List<SandboxBadge> all = state.query((badges, activities) -> badges.all());
        ArrayNode items = Json.array();
        all.forEach(badge -> items.add(toJson(badge)));
        ObjectNode result = Json.object();
        result.set("badges", items);
        return new MethodResult(result, (long) all.size(), null);
    }

    private MethodResult delete(MethodCall call) {
        String code = required(call.params(), "code").asText();
        requireAdmin(call);
        RestError failure = state.query((badges, activities) -> {
            if (!badges.contains(code)) {
                return notFound(code);
            }
            if (activities.badgeInUse(code)) {
                return RestError.badRequest("ENTITY_WITH_BADGE_EXISTS",
                        "There are entities with this badge. Delete them first.");
            }
            badges.remove(code);
            return null;
        });
        if (failure != null) {
            throw failure;
        }
        return MethodResult.of(BooleanNode.TRUE);
    }

    static ObjectNode toJson(SandboxBadge badge) {
        ObjectNode json = Json.object();
        json.put("code", badge.code());
        json.set("title", badge.title());
        json.set("value", badge.value());
        json.put("type", badge.type());
        return json;
    }

    private static MethodResult wrapped(SandboxBadge badge) {
        ObjectNode result = Json.object();
        result.set("badge", toJson(badge));
        return MethodResult.of(result);
    }

    private static JsonNode required(ObjectNode params, String name) {
        JsonNode node = params.get(name);
        if (Params.isMissing(node)) {
            throw RestError.missingParameter(name);
        }
        return node;
    }

    private static void requireAdmin(MethodCall call) {
        if (!call.caller().crmAdmin()) {
            throw RestError.badRequest("ACCESS_DENIED", "Access denied");
        }
    }

    private static RestError notFound(String code) {
        return RestError.badRequest("NOT_FOUND", "Badge not found for code `" + code + "`");
    }
}
