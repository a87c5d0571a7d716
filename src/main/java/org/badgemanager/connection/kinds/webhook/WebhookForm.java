package org.badgemanager.connection.kinds.webhook;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.bitrix.EndpointAddress;
import org.badgemanager.bitrix.InvalidAddressException;
import org.badgemanager.bitrix.InvalidWebhookUrlException;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.KindForm;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.ui.common.Messages;

/**
 * The webhook's part of the form. A saved webhook URL is shown with its code masked; the real one stays here, off
 * the screen, and is used while the field still shows the masked form.
 */
public final class WebhookForm implements KindForm {
    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<PortalTrust> trust = new SimpleObjectProperty<>(PortalTrust.DEFAULT);
    private final ObjectProperty<PlanChoice> plan = new SimpleObjectProperty<>(PlanChoice.DEFAULT);
    private final Messages messages;
    private final StringBinding error;
    private final StringBinding shownError;
    private final BooleanBinding complete;
    private final StringBinding addressNote;
    private String storedUrl;
    private String storedMaskedUrl;

    WebhookForm(Messages messages) {
        this.messages = messages;
        error = Bindings.createStringBinding(this::describeProblem, url, trust);
        shownError = Bindings.createStringBinding(() -> url.get().isBlank() ? null : error.get(), error, url);
        complete = Bindings.createBooleanBinding(() -> error.get() == null, error);
        addressNote = Bindings.createStringBinding(this::describeAddressUsed, url);
    }

    private String effectiveUrl() {
        String typed = EndpointAddress.trim(url.get());
        return storedUrl != null && typed.equals(storedMaskedUrl) ? storedUrl : typed;
    }

    private String describeProblem() {
        try {
            WebhookConnection.parse(effectiveUrl(), trust.get().plainHttp());
            return null;
        } catch (InvalidWebhookUrlException e) {
            return messages.get("webhook.problem." + e.problem());
        }
    }

    /** The webhook's host only, when written in another script: the rest of its address holds the secret. */
    private String describeAddressUsed() {
        String typed = effectiveUrl();
        try {
            String used = EndpointAddress.parse(typed, true).getHost();
            return used.equals(EndpointAddress.typedHost(typed)) ? null : messages.get("connection.hostUsed", used);
        } catch (InvalidAddressException e) {
            return null;
        }
    }

    /** The problem with the address even when the field is empty (tests and the Connect button's reason). */
    public StringBinding error() {
        return error;
    }

    @Override
    public StringBinding problem() {
        return shownError;
    }

    @Override
    public BooleanBinding complete() {
        return complete;
    }

    @Override
    public StringBinding addressNote() {
        return addressNote;
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {url, trust};
    }

    @Override
    public void load(ConnectionDetails saved) {
        storedUrl = null;
        storedMaskedUrl = null;
        if (saved instanceof WebhookDetails hook) {
            trust.set(hook.trust());
            plan.set(hook.plan());
            if (hook.url() != null && !hook.url().isBlank()) {
                storedUrl = hook.url();
                storedMaskedUrl = masked(hook.url(), hook.trust());
                url.set(storedMaskedUrl);
                return;
            }
        } else {
            trust.set(PortalTrust.DEFAULT);
            plan.set(PlanChoice.DEFAULT);
        }
        url.set("");
    }

    private static String masked(String secretUrl, PortalTrust trust) {
        try {
            return WebhookConnection.parse(secretUrl, trust.plainHttp()).maskedDescription();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public WebhookDetails toDetails() {
        return new WebhookDetails(effectiveUrl(), trust.get(), plan.get());
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<PortalTrust> trustProperty() {
        return trust;
    }

    /** The portal's plan, which paces the client (a webhook cannot ask the portal). */
    public ObjectProperty<PlanChoice> planProperty() {
        return plan;
    }
}
