package org.badgemanager.connection.kinds.oauth;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.badgemanager.connection.TrustView;
import org.badgemanager.ui.common.FieldError;
import org.badgemanager.ui.common.Messages;

/** The OAuth app's fields, the handler address with its Copy button, and the paste fallback. */
final class OAuthView {
    private final VBox root = new VBox(6);

    OAuthView(OAuthForm form, Messages messages) {
        root.setId("oauthPane");
        Label howTo = muted(messages.get("oauth.howTo"));
        TextField handler = new TextField();
        handler.setId("handlerAddressField");
        handler.setEditable(false);
        handler.textProperty().bind(form.handlerAddress());
        HBox.setHgrow(handler, Priority.ALWAYS);
        Button copy = new Button(messages.get("oauth.copy"));
        copy.setId("copyHandlerButton");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(form.handlerAddress().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        TextField portal = field(new TextField(), "oauthPortalField");
        portal.setPromptText(messages.get("oauth.portal.prompt"));
        portal.textProperty().bindBidirectional(form.portalProperty());
        TextField clientId = field(new TextField(), "clientIdField");
        clientId.setPromptText("local.0123abcd.45678901");
        clientId.textProperty().bindBidirectional(form.clientIdProperty());
        PasswordField secret = field(new PasswordField(), "clientSecretField");
        secret.textProperty().bindBidirectional(form.clientSecretProperty());
        grid.addRow(0, new Label(messages.get("oauth.portal")), portal);
        grid.addRow(1, new Label(messages.get("connection.oauth.clientId")), clientId);
        grid.addRow(2, new Label(messages.get("connection.oauth.clientSecret")), secret);
        grid.addRow(3, new Label(messages.get("oauth.handler")), new HBox(6, handler, copy));

        Label error = FieldError.bound("oauthError", form.problem());

        Label status = muted("");
        status.setId("signInStatus");
        status.textProperty().bind(Bindings.when(form.signedInProperty())
                .then(messages.get("oauth.signedIn")).otherwise(messages.get("oauth.notSignedIn")));

        TextField pasted = field(new TextField(), "pastedAddressField");
        pasted.setPromptText(messages.get("oauth.paste.prompt"));
        pasted.textProperty().bindBidirectional(form.pastedProperty());
        HBox.setHgrow(pasted, Priority.ALWAYS);
        Button usePasted = new Button(messages.get("oauth.paste.use"));
        usePasted.setId("usePastedButton");
        usePasted.setOnAction(e -> form.usePasted());
        usePasted.disableProperty().bind(form.pastedProperty().isEmpty());
        Label pasteNote = FieldError.bound("pasteNote", form.pasteNoteProperty());

        root.getChildren().addAll(howTo, grid, error, status, muted(messages.get("oauth.paste.help")),
                new HBox(6, pasted, usePasted), pasteNote, new TrustView(form.trustProperty(), messages).root());
    }

    private static <T extends TextField> T field(T field, String id) {
        field.setId(id);
        return field;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    /** Typed {@code Node}, as the kind returns it: then loading the kind headless loads no JavaFX class. */
    Node root() {
        return root;
    }
}
