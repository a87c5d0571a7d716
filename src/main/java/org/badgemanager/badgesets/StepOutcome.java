package org.badgemanager.badgesets;

/**
 * How one step of a plan ended.
 *
 * @param bitrixCode  the portal's error code when it refused (e.g. {@code ENTITY_WITH_BADGE_EXISTS}), or a
 *                    client code ({@code NO_ANSWER}); null when done
 * @param description the portal's own description of a refusal (its words, often English); null when none
 * @param reasonKey   the app's explanation as a resource-bundle key ({@code badgeset.skip.*}); null when none
 */
public record StepOutcome(String code, PlanStep.Kind kind, Result result, String bitrixCode, String description,
                          String reasonKey) {
    public static final String CHANGED = "badgeset.skip.changed";
    public static final String IN_USE = "badgeset.skip.inUse";
    public static final String RESTORE_FAILED = "badgeset.skip.restoreFailed";
    public static final String UNKNOWN = "badgeset.skip.unknown";
    /** An earlier change to this badge is still in the journal, not settled: nothing is sent on top of it. */
    public static final String PENDING = "badgeset.skip.pending";

    public enum Result {
        /** The target now holds what the step meant. */
        DONE,
        /** The target held it already (a re-run, or changed meanwhile to the same): nothing was sent. */
        ALREADY_DONE,
        /** The portal refused (or its answer was lost); for a replace, the old badge is back or in the journal. */
        REFUSED,
        /** Not attempted: the target changed since the comparison in a way the step did not expect. */
        SKIPPED,
        /** Not attempted: cancelled before its turn. */
        NOT_RUN
    }

    public boolean failed() {
        return result == Result.REFUSED || result == Result.SKIPPED;
    }
}
