package org.badgemanager.ui.connection;

import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.EverySecond;
import org.badgemanager.ui.common.FieldLabels;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** The connection dialog's content: binds the form to {@link ConnectionViewModel}. */
public final class ConnectionView {
    @FXML private Label settingsNotice;
    @FXML private Node formPane;
    @FXML private Label addressNote;
    @FXML private ComboBox<Profile> profilePicker;
    @FXML private Button forgetButton;
    @FXML private TextField nameField;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton sandboxRadio;
    @FXML private RadioButton webhookRadio;
    @FXML private RadioButton oauthRadio;
    @FXML private Node sandboxPane;
    @FXML private Node webhookPane;
    @FXML private Node oauthPane;
    @FXML private TextField webhookField;
    @FXML private Label webhookError;
    @FXML private TextField clientEndpointField;
    @FXML private TextField serverEndpointField;
    @FXML private TextField clientIdField;
    @FXML private PasswordField clientSecretField;
    @FXML private PasswordField accessTokenField;
    @FXML private PasswordField refreshTokenField;
    @FXML private Label oauthError;
    @FXML private Label testResultLabel;
    @FXML private Label secretsNote;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button testButton;
    @FXML private Button cancelButton;
    @FXML private Button connectButton;

    private final ConnectionViewModel model;
    private final Messages messages;
    private final Runnable cancel;
    private final String secretStoreKind;
    private final Parent root;

    public ConnectionView(ConnectionViewModel model, Messages messages, String secretStoreKind, Runnable cancel) {
        this.model = model;
        this.messages = messages;
        this.cancel = cancel;
        this.secretStoreKind = secretStoreKind;
        this.root = Fxml.load(this, "ConnectionView.fxml", messages);
        FieldLabels.link(root);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        profilePicker.setItems(model.profiles());
        profilePicker.setPromptText(messages.get("connection.newProfile"));
        profilePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile p) {
                return p == null ? messages.get("connection.newProfile") : p.name() + "  ·  " + kindName(p.kind());
            }

            @Override
            public Profile fromString(String s) {
                return null;
            }
        });
        profilePicker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Profile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? messages.get("connection.newProfile") : profilePicker.getConverter().toString(p));
            }
        });
        profilePicker.valueProperty().bindBidirectional(model.selectedProfileProperty());
        forgetButton.disableProperty().bind(model.selectedProfileProperty().isNull().or(model.busyProperty()));
        forgetButton.setOnAction(e -> model.forgetSelected());
        nameField.textProperty().bindBidirectional(model.profileNameProperty());

        sandboxRadio.setUserData(ConnectionKind.SANDBOX);
        webhookRadio.setUserData(ConnectionKind.WEBHOOK);
        oauthRadio.setUserData(ConnectionKind.OAUTH);
        selectKind(model.kindProperty().get());
        model.kindProperty().addListener((o, was, now) -> selectKind(now));
        kindGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kindProperty().set((ConnectionKind) now.getUserData());
            }
        });
        sandboxPane.visibleProperty().bind(model.kindProperty().isEqualTo(ConnectionKind.SANDBOX));
        webhookPane.visibleProperty().bind(model.kindProperty().isEqualTo(ConnectionKind.WEBHOOK));
        oauthPane.visibleProperty().bind(model.kindProperty().isEqualTo(ConnectionKind.OAUTH));

        webhookField.textProperty().bindBidirectional(model.webhookUrlProperty());
        clientEndpointField.textProperty().bindBidirectional(model.clientEndpointProperty());
        serverEndpointField.textProperty().bindBidirectional(model.serverEndpointProperty());
        clientIdField.textProperty().bindBidirectional(model.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(model.clientSecretProperty());
        accessTokenField.textProperty().bindBidirectional(model.accessTokenProperty());
        refreshTokenField.textProperty().bindBidirectional(model.refreshTokenProperty());
        bindError(webhookError, model.webhookError(), webhookField);
        bindError(oauthError, model.oauthError(), null);

        testResultLabel.textProperty().bind(model.testResultProperty());
        model.testFailedProperty().addListener((o, was, failed) -> {
            testResultLabel.getStyleClass().removeAll("failed", "ok");
            testResultLabel.getStyleClass().add(failed ? "failed" : "ok");
        });
        secretsNote.setText(messages.get("connection.secretsNote", secretStoreKind));
        secretsNote.visibleProperty().bind(model.kindProperty().isNotEqualTo(ConnectionKind.SANDBOX));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        var blocked = model.validProperty().not().or(model.busyProperty());
        testButton.disableProperty().bind(blocked);
        connectButton.disableProperty().bind(blocked);
        testButton.setOnAction(e -> model.testConnection());
        connectButton.setOnAction(e -> model.connect());
        bindWaiting();

        settingsNotice.textProperty().bind(model.settingsNoticeProperty());
        settingsNotice.visibleProperty().bind(model.settingsNoticeProperty().isNotEmpty());
        settingsNotice.managedProperty().bind(settingsNotice.visibleProperty());
        addressNote.textProperty().bind(model.addressNote());
        addressNote.visibleProperty().bind(addressNote.textProperty().isNotEmpty());
        addressNote.managedProperty().bind(addressNote.visibleProperty());
    }

    /**
     * While a test or connect runs the form is locked, the result line counts the seconds, and Cancel stops the
     * wait instead of closing the dialog.
     */
    private void bindWaiting() {
        EverySecond.whileTrue(model.busyProperty(), model::updateElapsed);
        for (Node input : new Node[] {profilePicker, nameField, sandboxRadio, webhookRadio, oauthRadio, formPane}) {
            input.disableProperty().bind(model.busyProperty());
        }
        cancelButton.setOnAction(e -> {
            if (model.busyProperty().get()) {
                model.cancelWaiting();
            } else {
                cancel.run();
            }
        });
    }

    /** Inline error under a field; an empty webhook field is not shouted at, only kept from connecting. */
    private void bindError(Label label, StringBinding error, TextField field) {
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (error.get() == null || field != null && field.getText().isBlank()) {
                return "";
            }
            return error.get();
        }, error, field == null ? error : field.textProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private void selectKind(ConnectionKind kind) {
        for (var toggle : kindGroup.getToggles()) {
            if (toggle.getUserData() == kind) {
                kindGroup.selectToggle(toggle);
            }
        }
    }

    private String kindName(ConnectionKind kind) {
        return messages.get("connection.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
