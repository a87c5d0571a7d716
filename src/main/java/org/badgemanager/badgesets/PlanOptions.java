package org.badgemanager.badgesets;

import java.util.Set;

/**
 * What the user ticked: which kinds of change to make on the target, and optionally only for some codes.
 *
 * @param addMissing       add the source's badges the target lacks ({@link CodeState#ONLY_LEFT})
 * @param replaceDifferent replace the target's badges that differ ({@link CodeState#DIFFERENT})
 * @param deleteExtra      delete the target's badges the source lacks ({@link CodeState#ONLY_RIGHT}); off by default
 * @param codes            only these codes; null for every code
 */
public record PlanOptions(boolean addMissing, boolean replaceDifferent, boolean deleteExtra, Set<String> codes) {

    public PlanOptions {
        codes = codes == null ? null : Set.copyOf(codes);
    }

    /** Add missing and replace different; never delete. */
    public static PlanOptions defaults() {
        return new PlanOptions(true, true, false, null);
    }

    public PlanOptions withDeleteExtra(boolean on) {
        return new PlanOptions(addMissing, replaceDifferent, on, codes);
    }

    public PlanOptions onlyCodes(Set<String> chosen) {
        return new PlanOptions(addMissing, replaceDifferent, deleteExtra, chosen);
    }

    boolean includes(String code) {
        return codes == null || codes.contains(code);
    }
}
