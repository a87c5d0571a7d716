package org.badgemanager.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal plans whose REST limits differ (addendum §4, DOC {@code settings/performance/limits.md}). The one
 * place that knows the documented figures; the client paces by them and the sandbox enforces them.
 * <ul>
 *   <li>{@link #STANDARD}: every cloud plan but Enterprise: a leaky bucket draining 2 requests/s, blocking above 50;
 *   operating-time budget 480 s per method within 10 minutes.</li>
 *   <li>{@link #ENTERPRISE}: cloud Enterprise: 5 requests/s, blocking above 250; the same budget.</li>
 *   <li>{@link #SELF_HOSTED}: a portal on the company's own server: no request bucket ("the load is configured on
 *   the server side"), a few requests in flight instead; the operating limit is off by default there (420 s when
 *   an admin turns it on), so the client does not pace by it but still obeys a block.</li>
 * </ul>
 */
public enum PortalPlan {
    STANDARD("standard", 2.0, 50, Duration.ofSeconds(480)),
    ENTERPRISE("enterprise", 5.0, 250, Duration.ofSeconds(480)),
    SELF_HOSTED("selfhosted", 0, 0, null);

    /** The window over which a method's server time is summed: ten one-minute baskets. */
    public static final Duration OPERATING_WINDOW = Duration.ofMinutes(10);
    /** A basket of the window: a basket lives {@link #OPERATING_WINDOW} from its first call. */
    public static final Duration OPERATING_BASKET = Duration.ofMinutes(1);
    /** The operating limit of a self-hosted portal whose admin turned it on. */
    public static final Duration SELF_HOSTED_OPERATING_LIMIT = Duration.ofSeconds(420);
    /** Requests in flight at once on a self-hosted portal unless the profile says otherwise. */
    public static final int DEFAULT_IN_FLIGHT = 4;
    public static final int MAX_IN_FLIGHT = 32;

    private final String key;
    private final double requestsPerSecond;
    private final int burst;
    private final Duration operatingLimit;

    PortalPlan(String key, double requestsPerSecond, int burst, Duration operatingLimit) {
        this.key = key;
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.operatingLimit = operatingLimit;
    }

    /** The word used in settings files and on command lines ({@code -Dsandbox.plan=enterprise}). */
    public String key() {
        return key;
    }

    /** Whether requests pass a leaky bucket (cloud) rather than an in-flight limit (self-hosted). */
    public boolean bucketed() {
        return requestsPerSecond > 0;
    }

    /** The bucket's documented drain rate; 0 for self-hosted. */
    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    /** The bucket's documented capacity; 0 for self-hosted. */
    public int burst() {
        return burst;
    }

    /** The documented operating-time budget per method and window; empty where it is off by default. */
    public Optional<Duration> operatingLimit() {
        return Optional.ofNullable(operatingLimit);
    }

    /** {@code standard}, {@code enterprise}, {@code selfhosted} (also {@code self_hosted}, any case). */
    public static PortalPlan parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (PortalPlan plan : values()) {
            if (plan.key.equals(w)) {
                return plan;
            }
        }
        throw new IllegalArgumentException("Unknown portal plan '" + word + "': use standard, enterprise or selfhosted");
    }

    /** A saved word, or the default when it is missing or unreadable (a settings file from an older version). */
    public static PortalPlan parseOrDefault(String word) {
        try {
            return word == null ? STANDARD : parse(word);
        } catch (IllegalArgumentException e) {
            return STANDARD;
        }
    }

    /**
     * The cloud plan {@code app.info} names: {@code LICENSE_FAMILY} {@code ent} (or a {@code LICENSE} such as
     * {@code de_ent250}) is Enterprise; anything else the standard plan. A self-hosted portal cannot be told
     * from it, so that stays the admin's choice.
     */
    public static PortalPlan fromLicense(String licenseFamily, String license) {
        String family = licenseFamily == null ? "" : licenseFamily.strip().toLowerCase(Locale.ROOT);
        String full = license == null ? "" : license.strip().toLowerCase(Locale.ROOT);
        boolean enterprise = family.startsWith("ent") || full.matches("(.*_)?ent\\d*");
        return enterprise ? ENTERPRISE : STANDARD;
    }
}
