package org.badgemanager.sandbox;

/**
 * One injected fault.
 *
 * @param method   normalized method name, or "*" for any
 * @param oneShot  removed after its first use
 */
record FaultRule(String method, Kind kind, boolean oneShot, int status, String code, String description,
                 String contentType, String rawBody) {

    enum Kind {
        /** Answer an error envelope instead of running the method. */
        ERROR,
        /** Answer a raw body instead of running the method. */
        RAW,
        /** Close the connection before running the method. */
        DROP_BEFORE,
        /** Run the method, then close the connection without answering. */
        DROP_AFTER,
        /** Run the method, then send the headers and only the first half of the body, and close (a reset mid-answer). */
        CUT_AFTER,
        /** Answer 302 with a Location header (portal renamed) instead of running the method. */
        REDIRECT,
        /** Run the method, then answer this raw body instead of its result (a proxy's error page after the work). */
        RAW_AFTER,
        /** Let this call through untouched: lets a test aim the next rule at a later call. */
        PASS
    }

    boolean matches(String normalizedMethod) {
        return method.equals(MethodNames.ANY) || method.equals(normalizedMethod);
    }

    /** True when the method is not run at all and {@link #answer()} goes back instead. */
    boolean answersInstead() {
        return kind == Kind.ERROR || kind == Kind.RAW || kind == Kind.DROP_BEFORE || kind == Kind.REDIRECT;
    }

    /** What goes back once the method has run: its own outcome, cut, dropped or replaced. */
    RestOutcome afterWork(RestOutcome outcome) {
        return switch (kind) {
            case DROP_AFTER -> RestOutcome.dropped();
            case CUT_AFTER -> outcome.cutOff();
            case RAW_AFTER -> answer();
            default -> outcome;
        };
    }

    RestOutcome answer() {
        return switch (kind) {
            case ERROR -> RestOutcome.error(new RestError(status, code, description));
            case RAW, RAW_AFTER -> RestOutcome.raw(status, contentType, rawBody);
            case DROP_BEFORE, DROP_AFTER -> RestOutcome.dropped();
            case REDIRECT -> RestOutcome.redirect(status, rawBody);
            case CUT_AFTER, PASS -> throw new IllegalStateException(kind + " answers with the method's own outcome");
        };
    }
}
