package org.badgemanager.locks;

import java.nio.file.Path;

/**
 * Holds one portal's lock in a process of its own, as another window or command does while it changes the portal,
 * until it is killed. Says {@code HELD} once it holds it, or {@code BUSY} (and ends) when another process does.
 *
 * <p>Arguments: data folder, portal key.
 */
public final class PortalLockHolder {
    private PortalLockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            PortalLocks.in(Path.of(args[0])).hold(args[1]);
        } catch (PortalBusyException e) {
            System.out.println("BUSY");
            return;
        }
        System.out.println("HELD");
        Thread.sleep(Long.MAX_VALUE);
    }
}
