package org.badgemanager.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs standalone sandbox portals until killed, e.g.
 * {@code mvn -q compile exec:java@sandbox -Dsandbox.port=18024 -Dsandbox.plan=enterprise}
 * ({@code -Dsandbox.plan=standard|enterprise|selfhosted}, {@code -Dbadgemanager.timeScale=10} for benchmarks);
 * {@code -Dsandbox.portals=2} starts two independent portals (a "production" and a "staging" one, on consecutive
 * ports) to try compare and copy. The webhook codes are fixed ({@value #WEBHOOK_CODE} for the first, its last
 * digits counting up for the others) so the printed URLs stay the same between runs.
 */
public final class SandboxMain {

    static final String WEBHOOK_CODE = "sandboxdemo0000000";
    static final int DEFAULT_PORT = 18024;

    private SandboxMain() {
    }

    /** The plan's limits in words, e.g. "Plan standard: 2 requests/s, burst 50; operating limit 480 s per 10 min." */
    static String limits(SandboxPortal portal) {
        org.badgemanager.limits.PortalPlan plan = portal.plan();
        String bucket = plan.bucketed() ? plan.requestsPerSecond() + " requests/s, burst " + plan.burst()
                : "no request bucket, calls take their charged server time";
        String operating = plan.operatingLimit().map(l -> "operating limit " + l.toSeconds() + " s per 10 min")
                .orElse("no operating limit");
        String scale = portal.timeScale().real() ? "" : " Time scale " + portal.timeScale()
                + " (rates ×k, windows and charges ÷k).";
        return "Plan " + plan.key() + ": " + bucket + "; " + operating + "." + scale;
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("sandbox.port", DEFAULT_PORT);
        int count = Integer.getInteger("sandbox.portals", 1);
        if (count < 1 || count > 20) {
            System.err.println("sandbox.portals must be 1 to 20, not " + count);
            System.exit(2);
        }
        SandboxPortals portals = SandboxPortals.start(count, i -> SandboxConfig.defaults()
                .port(port == 0 ? 0 : port + i).webhookCode(webhookCode(i)));
        Runtime.getRuntime().addShutdownHook(new Thread(portals::close, "sandbox-shutdown"));
        // -Dsandbox.activities=1000000: a big first portal (compact seeded activities; every tenth a call of user 7)
        int seeded = Integer.getInteger("sandbox.activities", 0);
        if (seeded > 0) {
            portals.get(0).seedActivities(seeded);
        }
        for (int i = 1; i < count; i++) {
            SandboxPortals.makeStaging(portals.get(i));
        }
        for (int i = 0; i < count; i++) {
            if (count > 1) {
                System.out.println("=== Portal " + (i + 1) + " of " + count + (i == 0 ? " (demo badges)"
                        : " (staging: one badge changed, one missing, one extra)") + " ===");
            }
            describe(portals.get(i));
        }
        System.out.println(limits(portals.get(0)) + (count > 1 ? " Each portal has its own limits." : "")
                + " Press Ctrl+C to stop.");
        new CountDownLatch(1).await();
    }

    /** {@code sandboxdemo0000000}, {@code sandboxdemo0000001}, ... */
    static String webhookCode(int index) {
        String number = Integer.toString(index);
        return WEBHOOK_CODE.substring(0, WEBHOOK_CODE.length() - number.length()) + number;
    }

    private static void describe(SandboxPortal portal) {
        System.out.println("Bitrix24 sandbox portal is running at " + portal.baseUrl());
        System.out.println();
        System.out.println("Webhook URL (user 1, CRM admin):    " + portal.webhookUrl());
        System.out.println("Webhook URL (user 7, not an admin): " + portal.webhookUrlForUser(7));
        System.out.println();
        System.out.println("OAuth local app");
        System.out.println("  client_id:       " + portal.clientId());
        System.out.println("  client_secret:   " + portal.clientSecret());
        System.out.println("  access_token:    " + portal.accessToken());
        System.out.println("  refresh_token:   " + portal.refreshToken());
        System.out.println("  client_endpoint: " + portal.clientEndpoint());
        System.out.println("  server_endpoint: " + portal.serverEndpoint());
        System.out.println("  refresh at:      " + portal.baseUrl() + "/oauth/token/");
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl -s -X POST -H 'Content-Type: application/json' -d '{}' "
                + portal.webhookUrl() + "crm.activity.badge.list");
        System.out.println("  curl -s -X POST -H 'Content-Type: application/json' "
                + "-d '{\"code\":\"newBadge\",\"title\":\"Status\",\"value\":\"New\",\"type\":\"primary\"}' "
                + portal.webhookUrl() + "crm.activity.badge.add");
        System.out.println();
    }
}
