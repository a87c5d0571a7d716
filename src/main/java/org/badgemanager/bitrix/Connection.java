package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** How the client reaches a portal and proves who it is. */
public sealed interface Connection permits WebhookConnection, OAuthConnection {

    /** The URL a REST method is POSTed to. */
    URI methodUri(String method);

    /** Adds credentials that travel in the parameters (OAuth {@code auth}); webhooks carry them in the path. */
    void authorize(ObjectNode params);

    /** The portal's host name, safe to show and log. */
    String portalHost();

    /** A description safe for logs and screens: no secret in it. */
    String maskedDescription();
}
