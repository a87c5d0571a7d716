package org.badgemanager.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.Languages;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.ApplyListener;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.ApplyReport;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetCsv;
import org.badgemanager.badgesets.BadgeSetJson;
import org.badgemanager.badgesets.PlanApplier;
import org.badgemanager.badgesets.PlanOptions;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;

/**
 * Badge sets: a set of N badges copied to an empty sandbox portal at the standard plan's limits (2/s, burst 50)
 * with the client's defaults, against the bucket's bound for its requests and against one add per badge; the same
 * plan run again; and reading (checking every badge) a 10 000-badge file in 19 languages as JSON and as CSV.
 * Args: badges, runs.
 */
public final class BadgeSetBench {
    private static final double RATE = 2.0;
    private static final int BURST = 50;

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        BadgeSet set = badges(count, 2);
        List<Double> apply = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false)
                    .rateLimit(RATE, BURST))) {
                BitrixClient client = new BitrixClient(WebhookConnection.parse(portal.webhookUrl()),
                        ClientOptions.defaults());
                BadgeService target = new BadgeService(client);
                ApplyPlan plan = ApplyPlan.from(SetComparison.compare(set, BadgeSet.fromPortal(target)),
                        PlanOptions.defaults());
                long started = System.nanoTime();
                ApplyReport report = new PlanApplier(target, client).apply(plan, ApplyListener.NONE, () -> false);
                apply.add((System.nanoTime() - started) / 1e9);
                if (!report.complete() || portal.badges().size() != count
                        || portal.rateLimitStats().rejected() != 0) {
                    throw new IllegalStateException("not copied cleanly: " + report.toJson());
                }
                portal.clearRequests();
                started = System.nanoTime();
                new PlanApplier(target, client).apply(plan, ApplyListener.NONE, () -> false);
                again.add((System.nanoTime() - started) / 1e9);
                if (portal.requests().size() != 1) {
                    throw new IllegalStateException("a re-run sent " + portal.requests().size() + " requests");
                }
            }
        }
        int requests = 2 + (count + 49) / 50; // the compare's list, the applier's list, the batches
        double bound = Math.max(0, requests - BURST) / RATE;
        double naive = Math.max(0, count + 2 - BURST) / RATE;
        double median = Table.median(apply);
        Table.row("copy " + count + " badges to an empty portal, 2/s burst 50 (" + runs + " runs)",
                String.format("%.2f s", median), String.format("%.1f s bucket bound, %d requests", bound, requests),
                Double.NaN, "0 QUERY_LIMIT_EXCEEDED", true);
        Table.row("  the same one add per badge (computed from the bucket)", String.format("%.0f s", naive),
                String.format("%.2f s with batch", median), naive / Math.max(median, 0.01), "–", true);
        Table.row("  the same plan again (1 request, nothing sent)", String.format("%.2f s", Table.median(again)),
                "–", Double.NaN, "–", true);

        BadgeSet big = badges(10_000, Languages.ALL.size());
        Path dir = Files.createTempDirectory("badgeset-bench");
        String json = BadgeSetJson.format(big);
        String csv = BadgeSetCsv.format(big);
        List<Double> readJson = new ArrayList<>();
        List<Double> readCsv = new ArrayList<>();
        for (int run = 0; run < Math.max(3, runs); run++) {
            long started = System.nanoTime();
            BadgeSetJson.parse(json);
            readJson.add((System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            BadgeSetCsv.parse(csv);
            readCsv.add((System.nanoTime() - started) / 1e9);
        }
        Table.row(String.format("read and check 10 000 badges × 19 languages, JSON (%.1f MB)", json.length() / 1e6),
                String.format("%.2f s", Table.median(readJson)), "–", Double.NaN, "–", true);
        Table.row(String.format("  the same as CSV (%.1f MB, %d rows)", csv.length() / 1e6,
                csv.lines().count() - 1), String.format("%.2f s", Table.median(readCsv)), "–", Double.NaN, "–", true);
        Files.deleteIfExists(dir);
    }

    private static BadgeSet badges(int count, int languages) {
        List<Badge> out = new ArrayList<>();
        List<String> ids = List.copyOf(Languages.ALL.keySet()).subList(0, languages);
        for (int i = 0; i < count; i++) {
            Map<String, String> title = new LinkedHashMap<>();
            Map<String, String> value = new LinkedHashMap<>();
            for (String id : ids) {
                title.put(id, "Title " + i + " " + id);
                value.put(id, "Value " + i + " " + id);
            }
            out.add(new Badge("b" + i, LocalizedText.of(title), i % 3 == 0 ? LocalizedText.of("Plain " + i)
                    : LocalizedText.of(value), BadgeType.values()[i % 5]));
        }
        return new BadgeSet(out);
    }
}
