package org.badgemanager.connection;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.badgemanager.ui.common.Messages;

/**
 * The self-hosted options of one profile: an extra certificate to trust (shown with its fingerprint and expiry),
 * and plain http, allowed only after a warning that names the risk. Collapsed until opened.
 */
public final class TrustView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private final TitledPane root = new TitledPane();
    private final ObjectProperty<PortalTrust> trust;
    private final Messages messages;
    private final Label certificateLabel = new Label();
    private final CheckBox plainHttp = new CheckBox();
    private boolean updating;

    public TrustView(ObjectProperty<PortalTrust> trust, Messages messages) {
        this.trust = trust;
        this.messages = messages;
        root.setId("trustPane");
        root.setText(messages.get("trust.title"));
        root.setExpanded(trust.get().certificatePem() != null || trust.get().plainHttp());
        Button pick = new Button(messages.get("trust.pickCertificate"));
        pick.setId("pickCertificateButton");
        pick.setOnAction(e -> pickCertificate());
        Button remove = new Button(messages.get("trust.removeCertificate"));
        remove.setId("removeCertificateButton");
        remove.setOnAction(e -> trust.set(trust.get().withCertificate(null)));
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> trust.get().certificatePem() == null, trust));
        certificateLabel.setId("certificateLabel");
        certificateLabel.setWrapText(true);
        certificateLabel.getStyleClass().add("muted");
        plainHttp.setId("plainHttpCheck");
        plainHttp.setText(messages.get("trust.plainHttp"));
        plainHttp.selectedProperty().addListener((o, was, now) -> choosePlainHttp(now));
        Label help = new Label(messages.get("trust.help"));
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        root.setContent(new VBox(6, help, new HBox(8, pick, remove), certificateLabel, plainHttp));
        trust.addListener((o, was, now) -> show(now));
        show(trust.get());
    }

    public Parent root() {
        return root;
    }

    private void show(PortalTrust now) {
        updating = true;
        plainHttp.setSelected(now.plainHttp());
        updating = false;
        certificateLabel.setText(now.certificatePem() == null ? messages.get("trust.noCertificate")
                : describe(now.certificatePem()));
    }

    private String describe(String pem) {
        try {
            PortalTrust.CertificateInfo info = PortalTrust.describe(pem);
            return messages.get(info.expired(Instant.now()) ? "trust.certificateExpired" : "trust.certificate",
                    info.subject(), info.sha256(), DAY.format(info.notAfter()));
        } catch (IllegalArgumentException e) {
            return messages.get("trust.notACertificate");
        }
    }

    private void choosePlainHttp(boolean wanted) {
        if (updating || wanted == trust.get().plainHttp()) {
            return;
        }
        if (wanted && !confirmPlainHttp()) {
            updating = true;
            plainHttp.setSelected(false);
            updating = false;
            return;
        }
        trust.set(trust.get().withPlainHttp(wanted));
    }

    private boolean confirmPlainHttp() {
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("trust.plainHttp.warning"),
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText(messages.get("trust.plainHttp.title"));
        alert.setTitle(messages.get("trust.plainHttp.title"));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("trust.plainHttp.allow"));
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void pickCertificate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("trust.pickCertificate"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM", "*.pem", "*.crt", "*.cer"));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            useCertificateFile(file);
        }
    }

    /** Reads the file off the FX thread and pins it when it holds a certificate. */
    public void useCertificateFile(File file) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(file.toPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((pem, error) -> Platform.runLater(() -> {
            try {
                if (error != null) {
                    throw new IllegalArgumentException(error);
                }
                PortalTrust.parse(pem);
                trust.set(trust.get().withCertificate(pem));
            } catch (IllegalArgumentException notACertificate) {
                certificateLabel.setText(messages.get("trust.notACertificate"));
            }
        }));
    }
}
