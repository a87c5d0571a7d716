package org.badgemanager.bitrix;

import java.time.Duration;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;

/**
 * Tunables of the REST client. Defaults follow the portal's documented limits ({@link PortalPlan}): the standard
 * plan's leaky bucket of 2 requests per second with a burst of 50, a 60 s cut-off per request in the cloud, and
 * the operating-time budget of 480 s per method within 10 minutes. {@link #withPlan(PlanChoice)} switches to the
 * profile's plan. An {@code OPERATION_TIME_LIMIT} block is waited out only when it ends within 30 s: the portal
 * may block a method for up to 10 minutes, and a user must not watch a busy window that long without knowing why;
 * a longer block is reported at once with its code and advice.
 *
 * @param connectTimeout  how long opening the connection may take; past it the call certainly did not run
 * @param callDeadline    how long one HTTP call may take in all: connect, sending, the headers and the whole
 *                        body. A portal that trickles its answer is cut off here, as is one that never answers
 * @param maxAnswerBytes  the largest answer body read; a longer one is cut off unread ({@code ANSWER_TOO_LARGE})
 *                        so that no answer can fill the memory
 * @param requestsPerSecond the bucket's drain rate at real time (the plan's, or a test's own)
 * @param plan            the portal's plan and, self-hosted, the requests in flight
 * @param operatingLimit  the budget of server time per method and window the client paces by; null: not paced
 * @param operatingWindow the window of that budget (10 minutes on a portal)
 * @param operatingMargin the share of the budget kept free, so that estimates that were short never tip it over
 * @param timeScale       benchmarks only: rates ×k, windows and budgets ÷k (see {@link TimeScale})
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration callDeadline,
        long maxAnswerBytes,
        double requestsPerSecond,
        int burst,
        int maxRetries,
        Duration baseBackoff,
        Duration maxOperatingWait,
        String userAgent,
        PlanChoice plan,
        Duration operatingLimit,
        Duration operatingWindow,
        double operatingMargin,
        TimeScale timeScale) {

    /** 32 MB: a list of ten thousand badges is about 5 MB of JSON, a page of 50 activities far less. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;
    /**
     * A twentieth of the budget stays free (24 s of 480): our estimate of the calls in flight may be short, and
     * another caller may have spent some since the last answer. The sum itself is the portal's own reading after
     * every command, so more margin only slows a long run (a tenth cost an Enterprise run 4 % of its time).
     */
    public static final double DEFAULT_OPERATING_MARGIN = 0.05;
    /** The answer is held in one array, then decoded into a string: both must be possible. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    public ClientOptions {
        if (maxAnswerBytes <= 0 || maxAnswerBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException(
                    "maxAnswerBytes must be 1.." + LARGEST_ARRAY + ", not " + maxAnswerBytes);
        }
        if (operatingMargin < 0 || operatingMargin >= 1) {
            throw new IllegalArgumentException("operatingMargin must be 0..1, not " + operatingMargin);
        }
        plan = plan == null ? PlanChoice.DEFAULT : plan;
        timeScale = timeScale == null ? TimeScale.REAL : timeScale;
        operatingWindow = operatingWindow == null ? PortalPlan.OPERATING_WINDOW : operatingWindow;
    }

    /** The standard plan, at the time scale of {@value TimeScale#PROPERTY} (1 unless a benchmark sets it). */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_MAX_ANSWER_BYTES, 2.0, 50,
                3, Duration.ofMillis(1500), Duration.ofSeconds(30), "BadgeManager/0.1", PlanChoice.DEFAULT,
                PortalPlan.STANDARD.operatingLimit().orElse(null), PortalPlan.OPERATING_WINDOW,
                DEFAULT_OPERATING_MARGIN, TimeScale.fromSystemProperties());
    }

    public static ClientOptions enterprise() {
        return defaults().withPlan(PlanChoice.of(PortalPlan.ENTERPRISE));
    }

    /** The plan's documented bucket (or in-flight limit) and budget; other settings stay. */
    public ClientOptions withPlan(PlanChoice choice) {
        PortalPlan p = choice.plan();
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes,
                p.bucketed() ? p.requestsPerSecond() : requestsPerSecond, p.bucketed() ? p.burst() : burst,
                maxRetries, baseBackoff, maxOperatingWait, userAgent, choice, p.operatingLimit().orElse(null),
                PortalPlan.OPERATING_WINDOW, operatingMargin, timeScale);
    }

    /** The bucket of a test or of a portal with unusual limits (the plan stays as it is otherwise). */
    public ClientOptions withRateLimit(double perSecond, int burstSize) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, perSecond, burstSize, maxRetries,
                baseBackoff, maxOperatingWait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin,
                timeScale);
    }

    /** {@code deadline}: the whole call, connect and answer body included (see {@link #callDeadline()}). */
    public ClientOptions withTimeouts(Duration connect, Duration deadline) {
        return new ClientOptions(connect, deadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin,
                timeScale);
    }

    public ClientOptions withMaxAnswerBytes(long bytes) {
        return new ClientOptions(connectTimeout, callDeadline, bytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin,
                timeScale);
    }

    public ClientOptions withRetries(int retries, Duration backoff) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, retries,
                backoff, maxOperatingWait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin,
                timeScale);
    }

    public ClientOptions withMaxOperatingWait(Duration wait) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, wait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin, timeScale);
    }

    /** A budget of {@code limit} server seconds per method within {@code window}; null limit: not paced. */
    public ClientOptions withOperatingBudget(Duration limit, Duration window, double margin) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent, plan, limit, window, margin, timeScale);
    }

    /** Benchmarks: the same run k times faster on both sides (the sandbox must run at the same scale). */
    public ClientOptions withTimeScale(TimeScale scale) {
        return new ClientOptions(connectTimeout, callDeadline, maxAnswerBytes, requestsPerSecond, burst, maxRetries,
                baseBackoff, maxOperatingWait, userAgent, plan, operatingLimit, operatingWindow, operatingMargin,
                scale);
    }

    /** The bucket's drain rate the client keeps to, at the time scale. */
    public double pacedRate() {
        return timeScale.rate(requestsPerSecond);
    }

    /** The budget the client paces by, at the time scale; null when it does not pace by one. */
    public Duration pacedOperatingLimit() {
        return operatingLimit == null ? null : timeScale.duration(operatingLimit);
    }

    public Duration pacedOperatingWindow() {
        return timeScale.duration(operatingWindow);
    }

    /** Requests in flight at once: the self-hosted choice; unlimited (the bucket paces) on cloud plans. */
    public int maxInFlight() {
        return plan.plan().bucketed() ? Integer.MAX_VALUE : plan.inFlight();
    }
}
