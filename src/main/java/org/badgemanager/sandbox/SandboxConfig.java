package org.badgemanager.sandbox;

import java.time.Duration;
import java.util.Objects;

/** Immutable start-up settings of a {@link SandboxPortal}; every setter returns a changed copy. */
public final class SandboxConfig {

    static final double DEFAULT_RATE = 2.0;
    static final int DEFAULT_BURST = 50;
    static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_REQUEST_LOG_CAPACITY = 10_000;

    private final int port;
    private final boolean demoData;
    private final boolean rateLimited;
    private final double ratePerSecond;
    private final int burst;
    private final String webhookCode;
    private final RequestLimits limits;

    private SandboxConfig(int port, boolean demoData, boolean rateLimited, double ratePerSecond, int burst,
                          String webhookCode, RequestLimits limits) {
        this.port = port;
        this.demoData = demoData;
        this.rateLimited = rateLimited;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.webhookCode = webhookCode;
        this.limits = limits;
    }

    /**
     * Ephemeral port, demo data, the standard plan's limit of 2 requests/s with a burst of 50, random code;
     * request bodies up to 8 MB that must arrive within 10 s; the last 10 000 requests recorded.
     */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, true, true, DEFAULT_RATE, DEFAULT_BURST, null, new RequestLimits(
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUEST_TIMEOUT, DEFAULT_REQUEST_LOG_CAPACITY));
    }

    /** Port to listen on; 0 picks a free one. */
    public SandboxConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new SandboxConfig(port, demoData, rateLimited, ratePerSecond, burst, webhookCode, limits);
    }

    public SandboxConfig demoData(boolean on) {
        return new SandboxConfig(port, on, rateLimited, ratePerSecond, burst, webhookCode, limits);
    }

    public SandboxConfig rateLimit(double perSecond, int burst) {
        RateLimiter.validate(perSecond, burst);
        return new SandboxConfig(port, demoData, true, perSecond, burst, webhookCode, limits);
    }

    public SandboxConfig noRateLimit() {
        return new SandboxConfig(port, demoData, false, ratePerSecond, burst, webhookCode, limits);
    }

    /** A fixed webhook code for the admin user instead of a random one. */
    public SandboxConfig webhookCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("webhook code must be letters and digits: " + code);
        }
        return new SandboxConfig(port, demoData, rateLimited, ratePerSecond, burst, code, limits);
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
        return new SandboxConfig(port, demoData, rateLimited, ratePerSecond, burst, webhookCode, changed);
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

    double ratePerSecond() {
        return ratePerSecond;
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
}
