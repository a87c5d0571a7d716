package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.limits.PortalPlan;

/**
 * {@code app.info} (scope basic, DOC {@code common/system/app-info.md}): the calling app and the portal's licence,
 * whose {@code LICENSE_FAMILY} tells an Enterprise portal ({@code ent}) from the others. A webhook has no app
 * context and is refused with {@code ACCESS_DENIED} "Application context required".
 */
final class AppInfoMethod implements RestMethod {
    static final String NAME = "app.info";

    private final PortalPlan plan;

    AppInfoMethod(PortalPlan plan) {
        this.plan = plan;
    }

    @Override
    public MethodResult call(MethodCall call) {
        if (!call.caller().oauth()) {
            throw new RestError(403, "ACCESS_DENIED", "Application context required");
        }
        ObjectNode app = Json.MAPPER.createObjectNode();
        app.put("ID", 17);
        app.put("CODE", call.caller().clientId());
        app.put("VERSION", 1);
        app.put("STATUS", "L");
        app.put("INSTALLED", true);
        app.put("PAYMENT_EXPIRED", "N");
        app.put("DAYS", (String) null);
        app.put("LANGUAGE_ID", "en");
        app.put("LICENSE", license());
        app.put("LICENSE_TYPE", plan == PortalPlan.ENTERPRISE ? "ent250" : plan == PortalPlan.SELF_HOSTED ? "box" : "basic");
        app.put("LICENSE_FAMILY", family());
        return MethodResult.of(app);
    }

    private String family() {
        return switch (plan) {
            case ENTERPRISE -> "ent";
            case SELF_HOSTED -> "box";
            case STANDARD -> "basic";
        };
    }

    private String license() {
        return switch (plan) {
            case ENTERPRISE -> "en_ent250";
            case SELF_HOSTED -> "en_box";
            case STANDARD -> "en_basic";
        };
    }
}
