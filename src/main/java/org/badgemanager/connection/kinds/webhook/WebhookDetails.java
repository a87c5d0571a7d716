package org.badgemanager.connection.kinds.webhook;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.settings.ConnectionKind;

/** An inbound webhook: its full address (the code in it is the secret) and what the profile trusts. */
public record WebhookDetails(String url, PortalTrust trust) implements ConnectionDetails {

    public WebhookDetails {
        trust = trust == null ? PortalTrust.DEFAULT : trust;
    }

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.WEBHOOK;
    }

    @Override
    public List<String> secretValues() {
        List<String> values = new ArrayList<>();
        try {
            values.add(WebhookConnection.parse(url, true).code());
        } catch (IllegalArgumentException notAWebhook) {
            // nothing usable, nothing to mask
        }
        return values;
    }

    @Override
    public String toString() {
        return "WebhookDetails[" + (url == null ? "" : "••••••") + "]";
    }
}
