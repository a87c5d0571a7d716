package org.badgemanager.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.activities.DeleteRunLog;
import org.badgemanager.activities.MatchingDeletion;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;
import org.badgemanager.sandbox.OperatingCosts;

/**
 * Deletes every activity a search finds (the 100 000 calls of user 7 among the million seeded in a
 * {@link MillionSandbox}) with the app's engine ({@link MatchingDeletion}: keyset pages inside the delete
 * batches, streamed backup, report on disk), the client on the portal's plan, both at one time scale. Prints the
 * time beside the bound of the delete batches alone ({@link DeleteBound}), the limit refusals the client saw, and
 * resident memory during the run against the same process idle just before it (after a warm-up run that matched
 * nothing). Args: webhook URL, plan (standard|enterprise|selfhosted), matching count, work folder.
 */
public final class BigDeleteBench {
    /** The sandbox's cost model: per command, and per deleted activity. */
    private static final double PER_CALL = OperatingCosts.DEFAULTS.perCall();
    private static final double PER_DELETE = OperatingCosts.DEFAULTS.perDeletedActivity();
    private static final double BUDGET = 480;
    private static final double WINDOW = 600;

    public static void main(String[] args) throws Exception {
        String webhook = args[0];
        PortalPlan plan = PortalPlan.parse(args[1]);
        long matching = Long.parseLong(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        TimeScale scale = TimeScale.fromSystemProperties();
        AtomicLong rateRefusals = new AtomicLong();
        AtomicLong operatingRefusals = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        java.io.PrintWriter trace = System.getProperty("bench.trace") == null ? null
                : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("bench.trace"))), true);
        ClientOptions options = ClientOptions.defaults().withPlan(PlanChoice.of(plan));
        BitrixClient client = new BitrixClient(WebhookConnection.parse(webhook), options, entry -> {
            requests.incrementAndGet();
            if (trace != null) {
                synchronized (trace) {
                    trace.printf("%d %d %s%n", System.nanoTime() / 1_000_000, entry.took().toMillis(), entry.code());
                }
            }
            if ("QUERY_LIMIT_EXCEEDED".equals(entry.code())) {
                rateRefusals.incrementAndGet();
            } else if ("OPERATION_TIME_LIMIT".equals(entry.code())) {
                operatingRefusals.incrementAndGet();
            }
        });
        ActivityService service = new ActivityService(client);
        // the waits the client chose itself, by reason (each wait counted once, at its first announced length)
        java.util.Map<String, Double> waited = new java.util.concurrent.ConcurrentHashMap<>();
        boolean[] inWait = {false};
        client.pacing().listen(new org.badgemanager.bitrix.PacingListener() {
            @Override
            public synchronized void waiting(Wait wait) {
                if (trace != null) {
                    synchronized (trace) {
                        trace.printf("%d W %s %d%n", System.nanoTime() / 1_000_000, wait.reason(), wait.left().toMillis());
                    }
                }
                if (!inWait[0]) {
                    inWait[0] = true;
                    waited.merge(wait.reason().name(), wait.left().toNanos() / 1e9, Double::sum);
                }
            }

            @Override
            public synchronized void resumed() {
                inWait[0] = false;
            }
        });
        MatchingDeletion engine = new MatchingDeletion(service, Clock.systemUTC());
        // warm-up: the same engine over a search that finds nothing, so idle is measured with its classes loaded
        engine.start(new ActivityFilter(null, null, 2, null, null, 999L, null, null), 0, "bench",
                work.resolve("warmup"), work.resolve("warmup"), () -> false, (d, a) -> { });
        Memory.usedHeapAfterGcMegabytes();
        Thread.sleep(1000);
        double idle = Memory.residentMegabytes();
        double heapBefore = Memory.usedHeapAfterGcMegabytes();
        RssSampler sampler = RssSampler.start();
        requests.set(0);
        waited.clear();
        long started = System.nanoTime();
        DeleteRunLog log = engine.start(new ActivityFilter(null, null, 2, null, null, 7L, null, null), matching,
                "bench", work.resolve("backups"), work.resolve("reports"), () -> false, (d, a) -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        double peak = sampler.stop();
        double heapAfter = Memory.usedHeapAfterGcMegabytes();
        long deleted = log.count(DeleteOutcome.Status.DELETED);
        if (deleted != matching || log.end() != DeleteRunLog.End.FINISHED) {
            throw new IllegalStateException("deleted " + deleted + " of " + matching + ", run " + log.end()
                    + " " + log.stopCode() + " " + engine.lastError());
        }
        int batches = (int) ((matching + 49) / 50);
        double charge = 50 * (PER_CALL + PER_DELETE);
        int inFlight = PlanChoice.of(plan).inFlight();
        // self-hosted: the ideal for N requests in flight, each taking the sandbox's time for it; the list pages
        // ride inside the delete batches and cost server time there too, so they are part of the calls' time
        double deletesAlone = scale.seconds(DeleteBound.seconds(batches, 0, 0, charge, 0, WINDOW, inFlight));
        double bound = scale.seconds(plan.bucketed()
                ? DeleteBound.seconds(batches, plan.requestsPerSecond(), plan.burst(), charge, BUDGET, WINDOW, 1)
                : (batches * charge + pages(matching) * (PER_CALL + OperatingCosts.DEFAULTS.perPage())) / inFlight);
        String what = plan.bucketed()
                ? String.format("delete the %,d matching among 1 000 000, %s (%.0f/s, burst %d, operating limit on), "
                        + "time scale %s", matching, plan.key(), plan.requestsPerSecond(), plan.burst(), scale)
                : String.format("delete the %,d matching among 1 000 000, self-hosted (%d in flight, %.3f s server "
                        + "time a batch), time scale %s", matching, inFlight, charge, scale);
        String bounds = plan.bucketed()
                ? String.format("%.1f s for %d delete batches (bucket%s)", bound, batches,
                        bound > scale.seconds(Math.max(0, batches - plan.burst()) / plan.requestsPerSecond()) + 0.05
                                ? " + operating budget" : "")
                : String.format("%.1f s ideal for the %d delete batches and the %d list pages in them, %d in "
                        + "flight (%.1f s for the delete batches alone)", bound, batches, pages(matching), inFlight,
                        deletesAlone);
        Table.row(what, String.format("%.1f s (%d requests)", seconds, requests.get()), bounds, seconds / bound,
                "≤ 1.05, 0 QUERY_LIMIT_EXCEEDED, 0 OPERATION_TIME_LIMIT",
                seconds / bound <= 1.05 && rateRefusals.get() == 0 && operatingRefusals.get() == 0);
        Table.row("  the same: resident memory during the run (peak)", String.format("%.0f MB", peak),
                String.format("%.0f MB idle before it (heap after GC %.0f → %.0f MB)", idle, heapBefore, heapAfter),
                peak / idle, "≤ idle + 30 MB", peak <= idle + 30);
        System.err.printf("%s: %.1f s, bound %.1f s, %d requests, %d QUERY_LIMIT_EXCEEDED, %d OPERATION_TIME_LIMIT,"
                + " RSS idle %.0f peak %.0f MB; client's own waits (s): %s%n", plan.key(), seconds, bound, requests.get(),
                rateRefusals.get(), operatingRefusals.get(), idle, peak, waited);
    }

    /** The keyset pages that find {@code matching} ids, 50 a page, the last one short or empty. */
    private static long pages(long matching) {
        return matching / 50 + 1;
    }

    /** Reads this process's resident memory every 100 ms and keeps the highest. */
    static final class RssSampler {
        private volatile boolean running = true;
        private volatile double peak;
        private Thread thread;

        static RssSampler start() {
            RssSampler s = new RssSampler();
            s.thread = new Thread(() -> {
                while (s.running) {
                    s.peak = Math.max(s.peak, Memory.residentMegabytes());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        double stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak, Memory.residentMegabytes());
        }
    }
}
