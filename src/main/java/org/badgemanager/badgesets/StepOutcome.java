package org.badgemanager.badgesets;

/**
 * How one step of a plan ended.
 *
 * @param bitrixCode the portal's error code when it refused (e.g. {@code ENTITY_WITH_BADGE_EXISTS}), or a
 *                   client code ({@code NO_ANSWER}); null when done
 * @param detail     the portal's description or why the step was skipped, in English; null when done
 */
public record StepOutcome(String code, PlanStep.Kind kind, Result result, String bitrixCode, String detail) {

    public enum Result {
        /** The target now holds what the step meant. */
        DONE,
        /** The target held it already (a re-run, or changed meanwhile to the same): nothing was sent. */
        ALREADY_DONE,
        /** The portal refused; for a replace, the old badge is back on the target (or in the journal). */
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
