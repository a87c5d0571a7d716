package org.badgemanager.sandbox;

import java.util.Map;

/**
 * What the sandbox's operating limit saw.
 *
 * @param refused      calls (or batch commands) answered {@code OPERATION_TIME_LIMIT}
 * @param highestUsed  per method, the highest sum of server time in the window reached (seconds, at the scale)
 * @param limit        the budget per method (seconds, at the scale), null when the limit is off
 */
public record OperatingStats(long refused, Map<String, Double> highestUsed, Double limit) {
}
