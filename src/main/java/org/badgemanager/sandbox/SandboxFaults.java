package org.badgemanager.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults to inject into REST answers. Rules match the top-level method name only ("batch" faults a whole batch,
 * never a command inside it); "*" matches any method. The oldest matching rule wins.
 */
public final class SandboxFaults {

    private final List<FaultRule> rules = new ArrayList<>();
    private final List<CallHold> holds = new ArrayList<>();
    private Duration latency = Duration.ZERO;

    SandboxFaults() {
    }

    /** The next call of {@code method} answers this error envelope instead of running. */
    public void failNext(String method, int httpStatus, String code, String description) {
        add(new FaultRule(name(method), FaultRule.Kind.ERROR, true, httpStatus, code, description, null, null));
    }

    /** Every call of {@code method} answers this error envelope until {@link #clear()}. */
    public void failAlways(String method, int httpStatus, String code, String description) {
        add(new FaultRule(name(method), FaultRule.Kind.ERROR, false, httpStatus, code, description, null, null));
    }

    /** The next call of {@code method} answers exactly this (e.g. an HTML error page or truncated JSON). */
    public void answerNext(String method, int httpStatus, String contentType, String rawBody) {
        add(new FaultRule(name(method), FaultRule.Kind.RAW, true, httpStatus, null, null,
                Objects.requireNonNull(contentType), Objects.requireNonNull(rawBody)));
    }

    /** The next call of {@code method} gets its connection closed without an answer and without running. */
    public void dropNext(String method) {
        add(new FaultRule(name(method), FaultRule.Kind.DROP_BEFORE, true, 0, null, null, null, null));
    }

    /** The next call of {@code method} runs (state changes!) and then gets its connection closed unanswered. */
    public void dropAfterNext(String method) {
        add(new FaultRule(name(method), FaultRule.Kind.DROP_AFTER, true, 0, null, null, null, null));
    }

    /**
     * The next call of {@code method} runs (state changes!), then its answer is cut off halfway through the body
     * and the connection closed: a connection reset mid-answer.
     */
    public void cutAfterNext(String method) {
        add(new FaultRule(name(method), FaultRule.Kind.CUT_AFTER, true, 0, null, null, null, null));
    }

    /**
     * The next call of {@code method} runs (state changes!), then answers exactly this instead of its result: a
     * proxy that gave up waiting (504) while the portal finished the work.
     */
    public void answerAfterNext(String method, int httpStatus, String contentType, String rawBody) {
        add(new FaultRule(name(method), FaultRule.Kind.RAW_AFTER, true, httpStatus, null, null,
                Objects.requireNonNull(contentType), Objects.requireNonNull(rawBody)));
    }

    /** The next call of {@code method} answers {@code 302 Found} with this {@code Location}, without running. */
    public void redirectNext(String method, String location) {
        // the Location travels in the rule's body slot
        add(new FaultRule(name(method), FaultRule.Kind.REDIRECT, true, 302, null, null, "text/html",
                Objects.requireNonNull(location)));
    }

    /** The next call of {@code method} goes through untouched, so that the rules after it hit later calls. */
    public void passNext(String method) {
        add(new FaultRule(name(method), FaultRule.Kind.PASS, true, 0, null, null, null, null));
    }

    /**
     * The next call of {@code method} is kept waiting in the portal until the returned hold is released (at most
     * {@code limit}): before its work, or after it with only the answer waiting.
     */
    public synchronized CallHold holdNext(String method, boolean afterWork, Duration limit) {
        CallHold hold = new CallHold(name(method), afterWork, limit);
        holds.add(hold);
        return hold;
    }

    /** The hold waiting for this call, taken off the list. */
    synchronized Optional<CallHold> takeHold(String normalizedMethod) {
        for (Iterator<CallHold> it = holds.iterator(); it.hasNext(); ) {
            CallHold hold = it.next();
            if (hold.method().equals(MethodNames.ANY) || hold.method().equals(normalizedMethod)) {
                it.remove();
                return Optional.of(hold);
            }
        }
        return Optional.empty();
    }

    /** Delays every REST answer by this much. */
    public synchronized void latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency = delay;
    }

    /** Removes every rule and the latency. */
    public synchronized void clear() {
        rules.clear();
        holds.forEach(CallHold::release);
        holds.clear();
        latency = Duration.ZERO;
    }

    synchronized Duration latency() {
        return latency;
    }

    /** The rule to apply to this call, consuming it when one-shot. */
    synchronized Optional<FaultRule> take(String normalizedMethod) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            if (rule.matches(normalizedMethod)) {
                if (rule.oneShot()) {
                    it.remove();
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    private static String name(String method) {
        Objects.requireNonNull(method, "method");
        return method.equals(MethodNames.ANY) ? method : MethodNames.normalize(method);
    }
}
