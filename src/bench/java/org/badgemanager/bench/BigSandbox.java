package org.badgemanager.bench;

import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;

/**
 * A sandbox portal in its own process with 10 000 badges and 10 000 activities, so the UI benchmark measures
 * the app's memory and not the portal's. No rate limit: the UI figures are about the FX thread, and the
 * portal's pace is measured by {@link BulkDeleteBench}. Prints its webhook URL and runs until killed.
 * Args: badges, activities.
 */
public final class BigSandbox {
    public static void main(String[] args) throws InterruptedException {
        int badges = Integer.parseInt(args[0]);
        int activities = Integer.parseInt(args[1]);
        SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        for (int i = 0; i < badges; i++) {
            var badge = BenchData.badge(i);
            portal.putBadge(new SandboxBadge(badge.get("code").asText(), badge.get("title"), badge.get("value"),
                    badge.get("type").asText()));
        }
        portal.addActivities(activities, 2, 1);
        System.out.println("webhook=" + portal.webhookUrl());
        System.out.flush();
        Thread.currentThread().join();
    }
}
