package org.badgemanager.connection.kinds.webhook;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.badgemanager.connection.PlanView;
import org.badgemanager.connection.TrustView;
import org.badgemanager.ui.common.FieldError;
import org.badgemanager.ui.common.Messages;

/**
 * The webhook's fields: the address, its problem in words, where to create one, the portal's plan, and the
 * self-hosted options.
 */
final class WebhookView {
    private final VBox root = new VBox(4);

    WebhookView(WebhookForm form, Messages messages) {
        root.setId("webhookPane");
        TextField field = new TextField();
        field.setId("webhookField");
        field.setPromptText(messages.get("connection.webhook.prompt"));
        field.textProperty().bindBidirectional(form.urlProperty());
        Label error = FieldError.bound("webhookError", form.problem());
        Label help = new Label(messages.get("connection.webhook.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        root.getChildren().addAll(new Label(messages.get("connection.webhook.url")), field, error, help,
                new PlanView(form.planProperty(), messages).root(),
                new TrustView(form.trustProperty(), messages).root());
    }

    Parent root() {
        return root;
    }
}
