package org.badgemanager.sandbox;

import java.time.Duration;
import java.util.Objects;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;

/**
 * Immutable start-up settings of a {@link SandboxPortal}; every setter returns a changed copy.
 * <p>
 * The portal's two limits follow a {@link PortalPlan} ({@link #plan(PortalPlan)}; {@link #defaults()} takes it from
 * {@value #PLAN_PROPERTY}, standard when unset): the request bucket (2/s and 50, or 5/s and 250, or none
 * self-hosted) and the operating limit (480 s of server time per method within 10 minutes in the cloud, off on a
 * self-hosted portal) with the {@link OperatingCosts} cost model. All durations here are at real scale; the
 * {@link TimeScale} ({@value TimeScale#PROPERTY}, shared with the client) makes rates k times higher and windows,
 * budgets and charges k times shorter.
 */
public final class SandboxConfig implements Cloneable {

    /** {@code -Dsandbox.plan=standard|enterprise|selfhosted}. */
    public static final String PLAN_PROPERTY = "sandbox.plan";
    static final double DEFAULT_RATE = 2.0;
    static final int DEFAULT_BURST = 50;
    static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_REQUEST_LOG_CAPACITY = 10_000;

    private int port;
    private boolean demoData;
    private boolean rateLimited;
    private double ratePerSecond;
    private int burst;
    private String webhookCode;
    private RequestLimits limits;
    private PortalPlan plan;
    private Duration operatingLimit;
    private Duration operatingWindow = PortalPlan.OPERATING_WINDOW;
    private OperatingCosts costs = OperatingCosts.DEFAULTS;
    private TimeScale timeScale = TimeScale.REAL;
    private boolean serverTime;
    private boolean perCommandOperating = true;

    private SandboxConfig() {
    }

    /**
     * Ephemeral port, demo data, the plan of {@value #PLAN_PROPERTY} (standard: 2 requests/s with a burst of 50,
     * 480 s operating budget), the time scale of {@value TimeScale#PROPERTY}, random code; request bodies up to
     * 8 MB that must arrive within 10 s; the last 10 000 requests recorded.
     */
    public static SandboxConfig defaults() {
        SandboxConfig c = new SandboxConfig();
        c.port = 0;
        c.demoData = true;
        c.webhookCode = null;
        c.limits = new RequestLimits(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUEST_TIMEOUT, DEFAULT_REQUEST_LOG_CAPACITY);
        c.timeScale = TimeScale.fromSystemProperties();
        String plan = System.getProperty(PLAN_PROPERTY);
        c.applyPlan(plan == null || plan.isBlank() ? PortalPlan.STANDARD : PortalPlan.parse(plan));
        return c;
    }

    private void applyPlan(PortalPlan chosen) {
        plan = chosen;
        rateLimited = chosen.bucketed();
        ratePerSecond = chosen.bucketed() ? chosen.requestsPerSecond() : DEFAULT_RATE;
        burst = chosen.bucketed() ? chosen.burst() : DEFAULT_BURST;
        operatingLimit = chosen.operatingLimit().orElse(null);
        operatingWindow = PortalPlan.OPERATING_WINDOW;
        // a box has no bucket: what bounds it is the server's own time, so calls take what they are charged
        serverTime = !chosen.bucketed();
    }

    private SandboxConfig copy() {
        try {
            return (SandboxConfig) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The plan's limits: bucket, operating budget, and (self-hosted) calls that take their charged time. The
     * settings below may change single figures afterwards.
     */
    public SandboxConfig plan(PortalPlan chosen) {
        SandboxConfig c = copy();
        c.applyPlan(Objects.requireNonNull(chosen, "plan"));
        return c;
    }

    /** Port to listen on; 0 picks a free one. */
    public SandboxConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        SandboxConfig c = copy();
        c.port = port;
        return c;
    }

    public SandboxConfig demoData(boolean on) {
        SandboxConfig c = copy();
        c.demoData = on;
        return c;
    }

    /** The bucket at real scale (the time scale still multiplies it). */
    public SandboxConfig rateLimit(double perSecond, int burst) {
        RateLimiter.validate(perSecond, burst);
        SandboxConfig c = copy();
        c.rateLimited = true;
        c.ratePerSecond = perSecond;
        c.burst = burst;
        return c;
    }

    public SandboxConfig noRateLimit() {
        SandboxConfig c = copy();
        c.rateLimited = false;
        return c;
    }

    /** The operating budget per method and its window, at real scale. */
    public SandboxConfig operatingLimit(Duration limit, Duration window) {
        if (limit.isNegative() || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("operating limit must be >= 0 and the window > 0");
        }
        SandboxConfig c = copy();
        c.operatingLimit = limit;
        c.operatingWindow = window;
        return c;
    }

    /** No operating limit (a self-hosted portal's default): time is still counted and reported, never refused. */
    public SandboxConfig noOperatingLimit() {
        SandboxConfig c = copy();
        c.operatingLimit = null;
        return c;
    }

    /** What calls are charged against the operating budget (see {@link OperatingCosts}). */
    public SandboxConfig costs(OperatingCosts model) {
        SandboxConfig c = copy();
        c.costs = Objects.requireNonNull(model, "costs");
        return c;
    }

    /** Benchmarks: rates ×k, windows, budgets and charges ÷k; the client must run at the same scale. */
    public SandboxConfig timeScale(TimeScale scale) {
        SandboxConfig c = copy();
        c.timeScale = Objects.requireNonNull(scale, "scale");
        return c;
    }

    /** On: each request takes the server time it was charged (at the scale); the self-hosted plan's default. */
    public SandboxConfig serverTime(boolean on) {
        SandboxConfig c = copy();
        c.serverTime = on;
        return c;
    }

    /**
     * Whether a batch's {@code result_time} gives each command its method's {@code operating} sum (default on).
     * Off, as in the docs' example: the client must estimate from each command's {@code duration}.
     */
    public SandboxConfig perCommandOperating(boolean on) {
        SandboxConfig c = copy();
        c.perCommandOperating = on;
        return c;
    }

    /** A fixed webhook code for the admin user instead of a random one. */
    public SandboxConfig webhookCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("webhook code must be letters and digits: " + code);
        }
        SandboxConfig c = copy();
        c.webhookCode = code;
        return c;
    }

    /** Larger request bodies are refused with 413 after reading at most this many bytes. */
    public SandboxConfig maxRequestBytes(long bytes) {
        return withLimits(new RequestLimits(bytes, limits.bodyTimeout(), limits.logCapacity()));
    }

    /**
     * How long a client may take to send its request body once its headers have arrived; a slower one is
     * disconnected without an answer. (The JDK server's own limit for a whole request, headers included, is the
     * JVM-wide {@code sun.net.httpserver.maxReqTime}, which {@link PortalServer} sets to 30 s unless given.)
     */
    public SandboxConfig requestTimeout(Duration timeout) {
        return withLimits(new RequestLimits(limits.maxBodyBytes(), timeout, limits.logCapacity()));
    }

    /** How many of the latest requests {@link SandboxPortal#requests()} keeps. */
    public SandboxConfig requestLogCapacity(int requests) {
        return withLimits(new RequestLimits(limits.maxBodyBytes(), limits.bodyTimeout(), requests));
    }

    private SandboxConfig withLimits(RequestLimits changed) {
        SandboxConfig c = copy();
        c.limits = changed;
        return c;
    }

    int port() {
        return port;
    }

    boolean demoData() {
        return demoData;
    }

    boolean rateLimited() {
        return rateLimited;
    }

    /** The bucket's drain rate at the time scale. */
    double ratePerSecond() {
        return timeScale.rate(ratePerSecond);
    }

    int burst() {
        return burst;
    }

    /** The fixed admin code, or null for a random one. */
    String webhookCode() {
        return webhookCode;
    }

    RequestLimits limits() {
        return limits;
    }

    public PortalPlan plan() {
        return plan;
    }

    public TimeScale timeScale() {
        return timeScale;
    }

    OperatingCosts costs() {
        return costs;
    }

    boolean serverTime() {
        return serverTime;
    }

    boolean perCommandOperating() {
        return perCommandOperating;
    }

    /** The ledger of this configuration, at the time scale. */
    OperatingLedger newLedger(java.time.InstantSource clock) {
        Double limit = operatingLimit == null ? null : timeScale.seconds(operatingLimit.toNanos() / 1e9);
        Duration window = timeScale.duration(operatingWindow);
        Duration basket = window.dividedBy(10);
        return new OperatingLedger(clock, basket, window, limit);
    }
}
