package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one REST call through the portal's stages: injected faults, the rate limit, authentication,
 * method lookup, the operating limit and the method itself, then charges its server time. Knows nothing about
 * HTTP.
 */
final class RestCallProcessor {

    private final SandboxFaults faults;
    private final RateLimiter rateLimiter;
    private final Authenticator authenticator;
    private final MethodRegistry registry;
    private final OperatingMeter meter;

    RestCallProcessor(SandboxFaults faults, RateLimiter rateLimiter, Authenticator authenticator,
                      MethodRegistry registry, OperatingMeter meter) {
        this.faults = faults;
        this.rateLimiter = rateLimiter;
        this.authenticator = authenticator;
        this.registry = registry;
        this.meter = meter;
    }

    RestOutcome process(IncomingRequest request, RestPath path) {
        Optional<CallHold> hold = faults.takeHold(path.method());
        if (hold.isPresent() && !hold.get().afterWork() && !hold.get().hold()) {
            return RestOutcome.dropped();
        }
        RestOutcome outcome = processUnheld(request, path);
        if (hold.isPresent() && hold.get().afterWork()) {
            hold.get().hold();
        }
        return outcome;
    }

    private RestOutcome processUnheld(IncomingRequest request, RestPath path) {
        Optional<FaultRule> fault = faults.take(path.method());
        if (fault.isPresent() && fault.get().answersInstead()) {
            return fault.get().answer();
        }
        if (!rateLimiter.tryAcquire()) {
            return RestOutcome.error(new RestError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests"));
        }
        meter.begin();
        RestOutcome outcome;
        try {
            outcome = execute(request, path);
        } finally {
            meter.end();
        }
        RestOutcome done = outcome;
        return fault.map(f -> f.afterWork(done)).orElse(done);
    }

    private RestOutcome execute(IncomingRequest request, RestPath path) {
        try {
            if (!path.routable()) {
                throw RestError.methodNotFound();
            }
            Caller caller = authenticator.authenticate(path, request.params());
            if (request.bodyError() != null) {
                throw request.bodyError();
            }
            RestMethod method = registry.find(path.method()).orElseThrow(RestError::methodNotFound);
            meter.check(path.method());
            ObjectNode params = request.params().deepCopy();
            MethodResult result = method.call(new MethodCall(params, caller));
            OperatingMeter.Usage usage = meter.charge(path.method(), params, result);
            return RestOutcome.json(200, ResponseBodies.success(result, request.receivedAt(), Instant.now(), usage));
        } catch (RestError error) {
            return RestOutcome.error(error);
        } catch (RuntimeException bug) {
            return RestOutcome.error(new RestError(500, "INTERNAL_SERVER_ERROR", "Internal server error: " + bug));
        }
    }
}
