package org.badgemanager.testutil;

import java.time.Duration;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxPortal;

/** Clients for a sandbox portal, with short pauses so fault tests stay fast. */
public final class Portals {
    private Portals() {
    }

    public static ClientOptions fastOptions() {
        return ClientOptions.defaults()
                .withRateLimit(1000, 1000)
                .withRetries(3, Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    public static BitrixClient webhookClient(SandboxPortal portal) {
        return new BitrixClient(WebhookConnection.parse(portal.webhookUrl()), fastOptions());
    }

    public static BitrixClient webhookClient(SandboxPortal portal, ClientOptions options) {
        return new BitrixClient(WebhookConnection.parse(portal.webhookUrl()), options);
    }
}
