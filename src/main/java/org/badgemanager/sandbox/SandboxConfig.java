package org.badgemanager.sandbox;

import java.util.Objects;

/** Immutable start-up settings of a {@link SandboxPortal}; every setter returns a changed copy. */
public final class SandboxConfig {

    static final double DEFAULT_RATE = 2.0;
    static final int DEFAULT_BURST = 50;

    private final int port;
    private final boolean demoData;
    private final boolean rateLimited;
    private final double ratePerSecond;
    private final int burst;
    private final String webhookCode;

    private SandboxConfig(int port, boolean demoData, boolean rateLimited, double ratePerSecond, int burst,
                          String webhookCode) {
        this.port = port;
        this.demoData = demoData;
        this.rateLimited = rateLimited;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.webhookCode = webhookCode;
    }

    /** Ephemeral port, demo data, the standard plan's limit of 2 requests/s with a burst of 50, random code. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, true, true, DEFAULT_RATE, DEFAULT_BURST, null);
    }

    /** Port to listen on; 0 picks a free one. */
    public SandboxConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new SandboxConfig(port, demoData, rateLimited, ratePerSecond, burst, webhookCode);
    }

    public SandboxConfig demoData(boolean on) {
        return new SandboxConfig(port, on, rateLimited, ratePerSecond, burst, webhookCode);
    }

    public SandboxConfig rateLimit(double perSecond, int burst) {
        RateLimiter.validate(perSecond, burst);
        return new SandboxConfig(port, demoData, true, perSecond, burst, webhookCode);
    }

    public SandboxConfig noRateLimit() {
        return new SandboxConfig(port, demoData, false, ratePerSecond, burst, webhookCode);
    }

    /** A fixed webhook code for the admin user instead of a random one. */
    public SandboxConfig webhookCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("webhook code must be letters and digits: " + code);
        }
        return new SandboxConfig(port, demoData, rateLimited, ratePerSecond, burst, code);
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
}
