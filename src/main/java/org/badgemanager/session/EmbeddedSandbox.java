package org.badgemanager.session;

import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;

/** The built-in sandbox portal, started on first use (never before the window shows) and stopped on exit. */
public final class EmbeddedSandbox implements AutoCloseable {
    private SandboxPortal portal;
    private final boolean owned;

    public EmbeddedSandbox() {
        this.owned = true;
    }

    /** Uses a portal someone else started (tests); it is not closed here. */
    public EmbeddedSandbox(SandboxPortal existing) {
        this.portal = existing;
        this.owned = false;
    }

    public synchronized String webhookUrl() {
        if (portal == null) {
            portal = SandboxPortal.start(SandboxConfig.defaults());
        }
        return portal.webhookUrl();
    }

    @Override
    public synchronized void close() {
        if (owned && portal != null) {
            portal.close();
            portal = null;
        }
    }
}
