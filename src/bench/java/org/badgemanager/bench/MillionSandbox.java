package org.badgemanager.bench;

import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;

/**
 * A sandbox portal in its own process seeded with many activities (see {@code SeededActivities}: every tenth is a
 * call of user 7), so the client's memory is measured alone. Its plan and time scale come from
 * {@code -Dsandbox.plan} and {@code -Dbadgemanager.timeScale}, as the client's do. Prints how long seeding took,
 * then its webhook URL, and runs until killed. Args: activities.
 */
public final class MillionSandbox {
    public static void main(String[] args) throws InterruptedException {
        int count = Integer.parseInt(args[0]);
        SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false)
                .requestLogCapacity(10));
        long started = System.nanoTime();
        portal.seedActivities(count);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("seeded=%d seconds=%.2f heapMB=%.0f%n", count, seconds,
                (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0);
        System.out.println("webhook=" + portal.webhookUrl());
        System.out.flush();
        Thread.currentThread().join();
    }
}
