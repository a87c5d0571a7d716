package org.badgemanager.app;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.PortalSession;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.TaskRunner;

/**
 * Offered where the user is when the OAuth server refuses to renew the sign-in: over the window in front (an open
 * badge editor stays open with what was typed), one button signs in again in the browser and gives the open
 * session the new tokens; what failed can then be repeated.
 */
final class SignInAgainDialog {
    private final Stage stage = new Stage();
    private final Label status = new Label();

    SignInAgainDialog(Window owner, PortalSession session, ConnectionService connections, TaskRunner tasks,
                      Messages messages, Runnable onSignedIn) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("signInAgain.title"));
        Label text = new Label(messages.get("signInAgain.text", session.displayName()));
        text.setId("signInAgainText");
        text.setWrapText(true);
        text.setPrefWidth(460);
        status.setId("signInAgainStatus");
        status.setWrapText(true);
        status.getStyleClass().add("field-error");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        Button signIn = new Button(messages.get("signInAgain.button"));
        signIn.setId("signInAgainButton");
        signIn.setDefaultButton(true);
        Button cancel = new Button(messages.get("connection.cancel"));
        cancel.setCancelButton(true);
        var pending = new Object() {
            org.badgemanager.ui.common.Pending<Boolean> work;
        };
        cancel.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> {
            if (pending.work != null) {
                pending.work.cancel();
            }
        });
        signIn.setOnAction(e -> {
            signIn.setDisable(true);
            busy.setVisible(true);
            status.setText(messages.get("connection.waiting.signIn", "").replace(" s", "").strip());
            pending.work = tasks.run(() -> {
                connections.signInAgain(session);
                return true;
            });
            pending.work.onSuccess(done -> {
                pending.work = null;
                stage.close();
                onSignedIn.run();
            }).onFailure(error -> {
                pending.work = null;
                signIn.setDisable(false);
                busy.setVisible(false);
                ErrorMessage m = ErrorMessage.of(error, messages);
                status.setText(messages.get("connection.testFailed", m.code(), m.description(), m.advice()));
            });
        });
        // the paste fallback, as in the connection dialog: for a portal that cannot send the browser back here
        javafx.scene.control.TextField pasted = new javafx.scene.control.TextField();
        pasted.setId("signInAgainPasted");
        pasted.setPromptText(messages.get("oauth.paste.prompt"));
        HBox.setHgrow(pasted, Priority.ALWAYS);
        Button usePasted = new Button(messages.get("oauth.paste.use"));
        usePasted.disableProperty().bind(pasted.textProperty().isEmpty().or(signIn.disableProperty().not()));
        usePasted.setOnAction(e -> {
            if (connections.signIns().offerPasted(pasted.getText())) {
                pasted.clear();
            } else {
                status.setText(messages.get("oauth.paste.noCode"));
            }
        });
        Label pasteHelp = new Label(messages.get("oauth.paste.help"));
        pasteHelp.setWrapText(true);
        pasteHelp.setPrefWidth(460);
        pasteHelp.getStyleClass().add("muted");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(10, text, status, pasteHelp, new HBox(6, pasted, usePasted),
                new HBox(8, busy, gap, cancel, signIn));
        root.getStyleClass().add("form");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Fxml.stylesheet());
        stage.setScene(scene);
    }

    /** Runs when the dialog closes, signed in or not. */
    void whenClosed(Runnable action) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> action.run());
    }

    void show() {
        stage.show();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
