package org.badgemanager.testutil;

import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new sandbox portal for every test, closed after it, so test order never matters:
 * {@code @RegisterExtension final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());}
 */
public final class FreshSandbox implements BeforeEachCallback, AfterEachCallback {
    private final SandboxConfig config;
    private SandboxPortal portal;

    public FreshSandbox(SandboxConfig config) {
        this.config = config;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        portal = SandboxPortal.start(config);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        portal.close();
    }

    public SandboxPortal portal() {
        return portal;
    }
}
