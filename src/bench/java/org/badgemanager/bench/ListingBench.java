package org.badgemanager.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.limits.TimeScale;
import org.badgemanager.sandbox.OperatingCosts;

/**
 * Lists the 100 000 activities a search finds among the million of a {@link MillionSandbox} (standard plan,
 * operating limit on) two ways, 50 list commands per {@code batch} each: keyset (ID order, {@code >ID} of the
 * page before through a {@code $result} reference, {@code start=-1}) and offset paging with counts
 * ({@code start=0, 50, ...}). Prints time and the server time the sandbox's cost model charges (per page, plus per
 * counted row), beside each other. The client does not pace by the budget here, so the portal's refusal shows.
 * Args: webhook URL, matching count.
 */
public final class ListingBench {
    private static final double PER_CALL = OperatingCosts.DEFAULTS.perCall();
    private static final double PER_PAGE = OperatingCosts.DEFAULTS.perPage();
    private static final double PER_COUNTED_ROW = OperatingCosts.DEFAULTS.perCountedRow();

    public static void main(String[] args) {
        BitrixClient client = new BitrixClient(WebhookConnection.parse(args[0]), ClientOptions.defaults()
                .withOperatingBudget(null, PortalPlan.OPERATING_WINDOW, 0));
        long matching = Long.parseLong(args[1]);
        TimeScale scale = TimeScale.fromSystemProperties();

        long started = System.nanoTime();
        long rows = 0;
        long pages = 0;
        long after = 0;
        int requests = 0;
        boolean end = false;
        while (!end) {
            List<BatchCommand> commands = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ObjectNode params = filter();
                ((ObjectNode) params.get("filter")).put(">ID", i == 0 ? String.valueOf(after)
                        : "$result[p" + (i - 1) + "][49][ID]");
                params.put("start", -1);
                commands.add(new BatchCommand("p" + i, "crm.activity.list", params));
            }
            BatchResponse response = client.batch(commands, false);
            requests++;
            for (int i = 0; i < 50 && !end; i++) {
                BitrixException error = response.errors().get("p" + i);
                if (error != null) {
                    throw error;
                }
                JsonNode page = response.results().get("p" + i);
                pages++;
                rows += page.size();
                if (page.size() > 0) {
                    after = page.get(page.size() - 1).path("ID").asLong();
                }
                end = page.size() < 50;
            }
        }
        double keysetSeconds = (System.nanoTime() - started) / 1e9;
        double keysetServer = pages * (PER_CALL + PER_PAGE);
        if (rows != matching) {
            throw new IllegalStateException("keyset listed " + rows + " rows, not " + matching);
        }

        started = System.nanoTime();
        long offsetRows = 0;
        long offsetPages = 0;
        double offsetServer = 0;
        String blocked = null;
        int offsetRequests = 0;
        for (long start = 0; start < matching && blocked == null; start += 50 * 50) {
            List<BatchCommand> commands = new ArrayList<>();
            for (int i = 0; i < 50 && start + 50L * i < matching; i++) {
                ObjectNode params = filter();
                params.put("start", start + 50L * i);
                commands.add(new BatchCommand("p" + i, "crm.activity.list", params));
            }
            BatchResponse response = client.batch(commands, false);
            offsetRequests++;
            for (int i = 0; i < commands.size(); i++) {
                BitrixException error = response.errors().get("p" + i);
                if (error != null) {
                    blocked = error.code();
                    break;
                }
                offsetPages++;
                offsetRows += response.results().get("p" + i).size();
                offsetServer += PER_CALL + PER_PAGE + PER_COUNTED_ROW * response.totals().getOrDefault("p" + i, 0);
            }
        }
        double offsetSeconds = (System.nanoTime() - started) / 1e9;
        long allPages = (matching + 49) / 50;
        double offsetServerAll = allPages * (PER_CALL + PER_PAGE + PER_COUNTED_ROW * matching);

        Table.row(String.format("list the %,d matching among 1 000 000: keyset (>ID, start=-1), %d pages in %d "
                        + "batches, standard plan, time scale %s", matching, pages, requests, scale),
                String.format("%.1f s; server time %.0f s (modelled)", keysetSeconds, keysetServer),
                blocked == null
                        ? String.format("offset with counts: %.1f s; server time %.0f s", offsetSeconds, offsetServer)
                        : String.format("offset with counts: refused (%s) after %,d pages (%,d rows) in %.1f s; "
                                + "server time %.0f s by then, %.0f s for all %d pages", blocked, offsetPages,
                                offsetRows, offsetSeconds, offsetServer, offsetServerAll, allPages),
                offsetServerAll / keysetServer, "keyset ≤ the operating budget (480 s / 10 min)",
                keysetServer <= 480);
        System.err.printf("listing: keyset %.1f s (%d rows, %.0f s server); offset %s after %d pages %.1f s (%.0f s"
                + " server), %d requests%n", keysetSeconds, rows, keysetServer, blocked, offsetPages, offsetSeconds,
                offsetServer, offsetRequests);
    }

    private static ObjectNode filter() {
        ObjectNode params = Json.object();
        params.putObject("filter").put("TYPE_ID", 2).put("RESPONSIBLE_ID", 7);
        params.putObject("order").put("ID", "ASC");
        params.putArray("select").add("ID");
        return params;
    }
}
