package org.badgemanager.reliability;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.ApplyReport;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.PlanApplier;
import org.badgemanager.badgesets.PlanOptions;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;

/**
 * Copies one portal's badges to another as the app does (compare, plan, apply with the data folder's journal), in a
 * process of its own so {@link ApplyPlanKillTest} can kill it mid-run. Says {@code STEP done/total} after each
 * step and {@code DONE} at the end.
 *
 * <p>Arguments: source webhook URL, target webhook URL, data folder, {@code add,replace,delete} flags as
 * {@code 110}.
 */
public final class ApplyPlanChild {
    private ApplyPlanChild() {
    }

    public static void main(String[] args) {
        BitrixClient source = new BitrixClient(WebhookConnection.parse(args[0]), Portals.fastOptions());
        BitrixClient target = new BitrixClient(WebhookConnection.parse(args[1]), Portals.fastOptions());
        Path home = Path.of(args[2]);
        String flags = args[3];
        SafetyNet net = SafetyNets.in(home).forPortal(SafetyNets.portalKey(URI.create(args[1])));
        BadgeService targetBadges = new BadgeService(target, Duration.ofMillis(20), net);
        SetComparison comparison = SetComparison.compare(BadgeSet.fromPortal(new BadgeService(source)),
                BadgeSet.fromPortal(targetBadges));
        ApplyPlan plan = ApplyPlan.from(comparison, new PlanOptions(flags.charAt(0) == '1', flags.charAt(1) == '1',
                flags.charAt(2) == '1', null));
        ApplyReport report = new PlanApplier(targetBadges, target).apply(plan,
                (done, total, latest) -> System.out.println("STEP " + done + "/" + total), () -> false);
        System.out.println("DONE " + report.complete());
    }
}
