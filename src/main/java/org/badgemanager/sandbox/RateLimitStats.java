package org.badgemanager.sandbox;

/**
 * Counters of the portal's request-rate limiter.
 *
 * @param accepted     REST calls let through the bucket
 * @param rejected     REST calls answered 503 QUERY_LIMIT_EXCEEDED
 * @param maxLevelSeen highest bucket fill level reached after accepting a call
 */
public record RateLimitStats(long accepted, long rejected, double maxLevelSeen) {
}
