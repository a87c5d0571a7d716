package org.badgemanager.limits;

import java.time.Duration;

/**
 * One speed-up for both sides of a benchmark: with factor k every rate is k times higher and every window and
 * server time k times shorter, so that a run that takes 17 minutes at the portal's real pace takes 17/k and every
 * ratio stays the same. The sandbox ({@code SandboxConfig}) and the client ({@code ClientOptions}) both read it
 * from the one system property {@value #PROPERTY}; a real portal must only ever be used at factor 1.
 */
public record TimeScale(double factor) {
    public static final String PROPERTY = "badgemanager.timeScale";
    public static final TimeScale REAL = new TimeScale(1);

    public TimeScale {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("time scale must be a positive number, not " + factor);
        }
    }

    /** The factor from {@value #PROPERTY}, 1 when it is not set. */
    public static TimeScale fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return REAL;
        }
        try {
            return new TimeScale(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a number, not '" + value + "'", e);
        }
    }

    public boolean real() {
        return factor == 1;
    }

    /** A rate (per second) at this scale: k times higher. */
    public double rate(double perSecond) {
        return perSecond * factor;
    }

    /** A duration at this scale: k times shorter. */
    public Duration duration(Duration real) {
        return Duration.ofNanos(Math.round(real.toNanos() / factor));
    }

    /** Seconds at this scale: k times fewer. */
    public double seconds(double real) {
        return real / factor;
    }

    @Override
    public String toString() {
        return "×" + (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor));
    }
}
