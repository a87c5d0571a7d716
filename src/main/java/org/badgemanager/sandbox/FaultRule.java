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
        DROP_AFTER
    }

    boolean matches(String normalizedMethod) {
        return method.equals(MethodNames.ANY) || method.equals(normalizedMethod);
    }

    RestOutcome answer() {
        return switch (kind) {
            case ERROR -> RestOutcome.error(new RestError(status, code, description));
            case RAW -> RestOutcome.raw(status, contentType, rawBody);
            case DROP_BEFORE, DROP_AFTER -> RestOutcome.dropped();
        };
    }
}
