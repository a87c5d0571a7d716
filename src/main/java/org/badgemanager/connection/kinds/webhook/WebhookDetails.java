package org.badgemanager.connection.kinds.webhook;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.settings.ConnectionKind;

/**
 * An inbound webhook: its full address (the code in it is the secret), what the profile trusts, and the portal's
 * plan (a webhook cannot read it from the portal, so the admin chooses it).
 */
public record WebhookDetails(String url, PortalTrust trust, PlanChoice plan) implements ConnectionDetails {

    public WebhookDetails {
        trust = trust == null ? PortalTrust.DEFAULT : trust;
        plan = plan == null ? PlanChoice.DEFAULT : plan;
    }

    public WebhookDetails(String url, PortalTrust trust) {
        this(url, trust, PlanChoice.DEFAULT);
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
