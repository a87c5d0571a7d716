package org.badgemanager.connection.kinds.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.KindContext;
import org.badgemanager.connection.KindForm;
import org.badgemanager.connection.Opened;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.connection.Remembered;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.Messages;

/**
 * An inbound webhook: the settings keep its address with the code masked, the secret store the whole address.
 */
public final class WebhookKind implements ConnectionKindSupport {
    static final String MASKED_URL = "maskedWebhookUrl";
    static final String SECRET_URL = "webhookUrl";

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.WEBHOOK;
    }

    @Override
    public WebhookForm newForm(Messages messages, KindContext context) {
        return new WebhookForm(messages);
    }

    @Override
    public Node newView(KindForm form, Messages messages) {
        return new WebhookView((WebhookForm) form, messages).root();
    }

    @Override
    public boolean keepsSecrets() {
        return true;
    }

    @Override
    public Opened open(ConnectionDetails details, KindContext context) {
        WebhookDetails hook = (WebhookDetails) details;
        WebhookConnection connection = WebhookConnection.parse(hook.url(), hook.trust().plainHttp());
        return new Opened(connection, connection.portalHost(), details, hook.trust().sslContext(), true);
    }

    @Override
    public Remembered remember(ConnectionDetails details) {
        WebhookDetails hook = (WebhookDetails) details;
        WebhookConnection connection = WebhookConnection.parse(hook.url(), hook.trust().plainHttp());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(MASKED_URL, connection.maskedDescription());
        fields.putAll(hook.trust().toFields());
        fields.putAll(hook.plan().toFields());
        return new Remembered(connection.portalHost(), fields, Map.of(SECRET_URL, connection.secretUrl()));
    }

    @Override
    public ConnectionDetails restore(Profile profile, Map<String, String> secrets) {
        return new WebhookDetails(secrets.get(SECRET_URL), PortalTrust.fromFields(profile.fields()),
                org.badgemanager.limits.PlanChoice.fromFields(profile.fields()));
    }

    @Override
    public boolean isComplete(Profile profile) {
        String masked = profile.field(MASKED_URL);
        return masked != null && !masked.isBlank();
    }

    @Override
    public boolean canConnectUnattended(ConnectionDetails restored) {
        String url = ((WebhookDetails) restored).url();
        return url != null && !url.isBlank();
    }
}
