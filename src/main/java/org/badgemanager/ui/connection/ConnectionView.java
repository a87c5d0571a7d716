package org.badgemanager.ui.connection;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.ConnectionKinds;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.EverySecond;
import org.badgemanager.ui.common.FieldLabels;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/**
 * The connection dialog's content: the profile list (with a "New profile…" entry), one radio button and one pane
 * per kind of connection, each pane the kind's own view, and the buttons. A kind's pane is built when the kind is
 * first chosen, not with the dialog: a new user's dialog opens at start-up with only the sandbox's note, and the
 * webhook's and the OAuth app's fields (and their styling) cost nothing until someone picks them.
 */
public final class ConnectionView {
    /** The list's last entry: picking it empties the form for a new profile. */
    private static final Profile NEW_PROFILE = new Profile("", "", null, java.util.Map.of());

    @FXML private Label settingsNotice;
    @FXML private ComboBox<Profile> profilePicker;
    @FXML private Button forgetButton;
    @FXML private TextField nameField;
    @FXML private javafx.scene.layout.FlowPane kindBox;
    @FXML private StackPane formPane;
    @FXML private Label addressNote;
    @FXML private Label testResultLabel;
    @FXML private Label secretsNote;
    @FXML private CheckBox startWithLastCheck;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button testButton;
    @FXML private Button cancelButton;
    @FXML private Button connectButton;

    private final ToggleGroup kindGroup = new ToggleGroup();
    /** The kinds' panes built so far, in the order they were first chosen. */
    private final Map<ConnectionKind, Node> panes = new EnumMap<>(ConnectionKind.class);
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
        bindProfiles();
        nameField.textProperty().bindBidirectional(model.profileNameProperty());
        for (ConnectionKindSupport support : ConnectionKinds.all()) {
            addRadio(support);
        }
        selectKind(model.kindProperty().get());
        model.kindProperty().addListener((o, was, now) -> selectKind(now));
        kindGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kindProperty().set((ConnectionKind) now.getUserData());
            }
        });

        testResultLabel.textProperty().bind(model.testResultProperty());
        model.testFailedProperty().addListener((o, was, failed) -> {
            testResultLabel.getStyleClass().removeAll("failed", "ok");
            testResultLabel.getStyleClass().add(failed ? "failed" : "ok");
        });
        secretsNote.setText(messages.get("connection.secretsNote", messages.get("connection.secretStore." + secretStoreKind)));
        secretsNote.visibleProperty().bind(model.kindProperty().isNotEqualTo(ConnectionKind.SANDBOX));
        startWithLastCheck.selectedProperty().bindBidirectional(model.startWithLastPortalProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty().or(model.readingProperty()));
        var blocked = model.validProperty().not().or(model.busyProperty()).or(model.readingProperty());
        testButton.disableProperty().bind(blocked);
        connectButton.disableProperty().bind(blocked);
        connectButton.textProperty().bind(Bindings.when(model.needsSignIn())
                .then(messages.get("connection.signIn")).otherwise(messages.get("connection.connect")));
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

    private void bindProfiles() {
        ObservableList<Profile> entries = FXCollections.observableArrayList();
        Runnable refill = () -> {
            entries.setAll(model.profiles());
            entries.add(NEW_PROFILE);
        };
        refill.run();
        model.profiles().addListener((ListChangeListener<Profile>) c -> refill.run());
        profilePicker.setItems(entries);
        profilePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile p) {
                return p == null || p == NEW_PROFILE ? messages.get("connection.newProfile")
                        : p.name() + "  ·  " + kindName(p.kind());
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
                setText(profilePicker.getConverter().toString(empty ? null : p));
            }
        });
        profilePicker.setValue(model.selectedProfileProperty().get());
        model.selectedProfileProperty().addListener((o, was, now) -> {
            if (profilePicker.getValue() != now && !(now == null && profilePicker.getValue() == NEW_PROFILE)) {
                profilePicker.setValue(now);
            }
        });
        profilePicker.valueProperty().addListener((o, was, now) ->
                model.selectedProfileProperty().set(now == NEW_PROFILE ? null : now));
        forgetButton.disableProperty().bind(model.selectedProfileProperty().isNull().or(model.busyProperty()));
        forgetButton.setOnAction(e -> model.forgetSelected());
    }

    private void addRadio(ConnectionKindSupport support) {
        String key = support.kind().name().toLowerCase(Locale.ROOT);
        RadioButton radio = new RadioButton(messages.get("connection.kind." + key));
        radio.setId(key + "Radio");
        radio.setUserData(support.kind());
        radio.setToggleGroup(kindGroup);
        radio.disableProperty().bind(model.busyProperty());
        kindBox.getChildren().add(radio);
    }

    /** The kind's pane, built the first time the kind is chosen; shown while it is the chosen one. */
    private void buildPaneOf(ConnectionKind kind) {
        if (panes.containsKey(kind)) {
            return;
        }
        Node pane = ConnectionKinds.of(kind).newView(model.form(kind), messages);
        pane.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
        panes.put(kind, pane);
        formPane.getChildren().add(pane);
        FieldLabels.link(pane);
        lockWhileBusy(pane);
    }

    /**
     * While a test or connect runs the fields are locked, except what the wait itself needs (the place to paste
     * the address the browser ended on).
     */
    private void lockWhileBusy(Node pane) {
        if (pane instanceof Pane parent) {
            for (Node child : parent.getChildren()) {
                if (!child.lookupAll("#pastedAddressField").isEmpty()) {
                    continue;
                }
                child.disableProperty().bind(model.busyProperty().or(model.readingProperty()));
            }
        }
    }

    /**
     * While a test or connect runs the result line counts the seconds, and Cancel stops the wait instead of
     * closing the dialog.
     */
    private void bindWaiting() {
        EverySecond.whileTrue(model.busyProperty(), model::updateElapsed);
        for (Node input : new Node[] {profilePicker, nameField}) {
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

    private void selectKind(ConnectionKind kind) {
        buildPaneOf(kind);
        for (var toggle : kindGroup.getToggles()) {
            if (toggle.getUserData() == kind) {
                kindGroup.selectToggle(toggle);
            }
        }
    }

    private String kindName(ConnectionKind kind) {
        return messages.get("connection.kind." + kind.name().toLowerCase(Locale.ROOT));
    }
}
