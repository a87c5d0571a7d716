package org.badgemanager.sandbox;

/** One REST method; signals failures by throwing {@link RestError}. */
@FunctionalInterface
interface RestMethod {
    MethodResult call(MethodCall call);
}
