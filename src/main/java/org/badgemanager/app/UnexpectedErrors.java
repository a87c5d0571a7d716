package org.badgemanager.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.badgemanager.bitrix.SecretMasker;
import org.badgemanager.ui.common.Messages;

/** Any error nobody caught is logged and shown in a dialog with its details, never swallowed. */
public final class UnexpectedErrors {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    private UnexpectedErrors() {
    }

    public static void install(Stage owner, Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(owner, messages, error);
            } else {
                Platform.runLater(() -> show(owner, messages, error));
            }
        });
    }

    static void show(Stage owner, Messages messages, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = SecretMasker.mask(trace.toString());
        ButtonType copy = new ButtonType(messages.get("unexpected.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("unexpected.text"), copy, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("unexpected.title"));
        alert.setHeaderText(SecretMasker.mask(String.valueOf(error.getMessage() == null
                ? error.getClass().getSimpleName() : error.getMessage())));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // keep the dialog open after copying
        });
        alert.show();
    }
}
