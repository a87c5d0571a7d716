package org.badgemanager.bench;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;

/**
 * 10 000 activities deleted through batch against the sandbox with the portal's default limits (leaky bucket
 * 2/s, burst 50) and the client's defaults, compared with the bound the bucket allows for batches of 50.
 * Args: activities, runs.
 */
public final class BulkDeleteBench {
    private static final double RATE = 2.0;
    private static final int BURST = 50;

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<Double> seconds = new ArrayList<>();
        long limitFailures = 0;
        for (int run = 0; run < runs; run++) {
            try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false)
                    .rateLimit(RATE, BURST))) {
                List<Long> ids = portal.addActivities(count, 2, 1);
                ActivityService service = new ActivityService(new BitrixClient(
                        WebhookConnection.parse(portal.webhookUrl()), ClientOptions.defaults()));
                long started = System.nanoTime();
                BulkDeleteReport report = service.deleteMany(ids, () -> false, p -> { });
                seconds.add((System.nanoTime() - started) / 1e9);
                limitFailures += report.outcomes().stream()
                        .filter(o -> "QUERY_LIMIT_EXCEEDED".equals(o.code())).count();
                if (report.count(DeleteOutcome.Status.DELETED) != count || portal.activityCount() != 0) {
                    throw new IllegalStateException("not everything was deleted: " + report.counts());
                }
                limitFailures += portal.rateLimitStats().rejected();
            }
        }
        int batches = (count + 49) / 50;
        double bound = Math.max(0, batches - BURST) / RATE;
        double naive = Math.max(0, count - BURST) / RATE;
        double median = Table.median(seconds);
        Table.row("bulk delete of " + count + " activities, 2/s burst 50 (" + runs + " runs)",
                String.format("%.1f s", median), String.format("%.1f s bucket bound for %d batches", bound, batches),
                median / bound, "≤ 1.05, 0 QUERY_LIMIT_EXCEEDED", median / bound <= 1.05 && limitFailures == 0);
        Table.row("  the same one call per id (computed from the bucket)", String.format("%.0f s", naive),
                String.format("%.1f s with batch", median), naive / median, "–", true);
        System.err.println("bulk delete runs (s): " + seconds + ", rate-limit refusals: " + limitFailures);
    }
}
