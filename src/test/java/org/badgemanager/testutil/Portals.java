package org.badgemanager.testutil;

import java.time.Duration;
import java.time.Instant;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.connection.kinds.oauth.OAuthDetails;
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

    /**
     * The details of an OAuth app already signed in to the sandbox (as restored from a saved profile): tokens and
     * endpoints present, so connecting opens no browser. {@code secret}: the client secret to use.
     */
    public static OAuthDetails signedInOAuth(SandboxPortal portal, String secret) {
        return new OAuthDetails(portal.portalAddress(), portal.clientId(), secret, 0,
                new OAuthTokens(portal.accessToken(), portal.refreshToken(), Instant.now().plusSeconds(3600)),
                portal.clientEndpoint(), portal.serverEndpoint(), null);
    }

    /** An OAuth app not signed in yet, with its handler on {@code port} registered in the sandbox. */
    public static OAuthDetails newOAuthApp(SandboxPortal portal, int port) {
        portal.registerHandler("http://127.0.0.1:" + port + "/");
        return new OAuthDetails(portal.portalAddress(), portal.clientId(), portal.clientSecret(), port, null, null,
                null, null);
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static BitrixClient webhookClient(SandboxPortal portal) {
        return new BitrixClient(WebhookConnection.parse(portal.webhookUrl()), fastOptions());
    }

    public static BitrixClient webhookClient(SandboxPortal portal, ClientOptions options) {
        return new BitrixClient(WebhookConnection.parse(portal.webhookUrl()), options);
    }
}
