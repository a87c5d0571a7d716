package org.badgemanager.limits;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A profile's portal plan and, for a self-hosted portal, how many requests may be in flight at once. Kept in the
 * profile's settings fields (nothing secret).
 */
public record PlanChoice(PortalPlan plan, int inFlight) {
    public static final PlanChoice DEFAULT = new PlanChoice(PortalPlan.STANDARD, PortalPlan.DEFAULT_IN_FLIGHT);
    static final String PLAN = "portalPlan";
    static final String IN_FLIGHT = "requestsInFlight";

    public PlanChoice {
        plan = plan == null ? PortalPlan.STANDARD : plan;
        if (inFlight < 1 || inFlight > PortalPlan.MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("requests in flight must be 1.." + PortalPlan.MAX_IN_FLIGHT
                    + ", not " + inFlight);
        }
    }

    public static PlanChoice of(PortalPlan plan) {
        return new PlanChoice(plan, PortalPlan.DEFAULT_IN_FLIGHT);
    }

    public PlanChoice withPlan(PortalPlan changed) {
        return new PlanChoice(changed, inFlight);
    }

    /** The settings fields; the in-flight count only where it matters. */
    public Map<String, String> toFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(PLAN, plan.key());
        if (plan == PortalPlan.SELF_HOSTED) {
            fields.put(IN_FLIGHT, Integer.toString(inFlight));
        }
        return fields;
    }

    /** What saved fields say; the default for a profile saved before plans existed or with unreadable values. */
    public static PlanChoice fromFields(Map<String, String> fields) {
        PortalPlan plan = PortalPlan.parseOrDefault(fields.get(PLAN));
        int inFlight = PortalPlan.DEFAULT_IN_FLIGHT;
        try {
            String saved = fields.get(IN_FLIGHT);
            if (saved != null) {
                inFlight = Math.max(1, Math.min(PortalPlan.MAX_IN_FLIGHT, Integer.parseInt(saved.strip())));
            }
        } catch (NumberFormatException e) {
            // keep the default
        }
        return new PlanChoice(plan, inFlight);
    }

    /** Whether the fields hold a plan at all (an OAuth profile learns its plan from app.info until then). */
    public static boolean saved(Map<String, String> fields) {
        return fields.containsKey(PLAN);
    }
}
