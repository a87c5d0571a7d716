package org.badgemanager.app;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.badgemanager.bitrix.ConnectionHealth;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.ui.common.Messages;

/**
 * The header's word on the connection, kept true: opening or signing in, connected, or offline since the first call
 * that did not reach the portal; and a persistent "not encrypted" mark for a profile that allows plain http.
 */
final class ConnectionHeader {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private final Label label;
    private final Label unencrypted;
    private final Messages messages;
    private PortalSession watched;
    private String offlineSince;

    ConnectionHeader(Label label, Label unencrypted, Messages messages) {
        this.label = label;
        this.unencrypted = unencrypted;
        this.messages = messages;
        unencrypted.setText(messages.get("header.unencrypted"));
        unencrypted.setTooltip(new Tooltip(messages.get("header.unencrypted.tip")));
        unencrypted.managedProperty().bind(unencrypted.visibleProperty());
        unencrypted.setVisible(false);
        label.setText(messages.get("app.notConnected"));
    }

    void opening(String name) {
        label.setText(messages.get("header.opening", name));
    }

    void signingIn(String name) {
        label.setText(messages.get("header.signingIn", name));
    }

    /** A sign-in from the connection dialog, for a portal not connected yet. */
    void signingInThroughBrowser() {
        label.setText(messages.get("header.signingInBrowser"));
    }

    /** Back to what the connection is, after a wait that changed nothing. */
    void showCurrent() {
        if (watched == null) {
            label.setText(messages.get("app.notConnected"));
        } else {
            showConnected();
        }
    }

    /**
     * Shows the session and listens to its calls from now on. {@code onSignInRefused} runs on the FX thread when
     * the OAuth server refuses to renew the tokens.
     */
    void watch(PortalSession session, Runnable onSignInRefused) {
        watched = session;
        offlineSince = null;
        unencrypted.setVisible(session.unencrypted());
        showConnected();
        session.client().watchHealth(new ConnectionHealth() {
            @Override
            public void answered() {
                later(session, () -> {
                    offlineSince = null;
                    showConnected();
                });
            }

            @Override
            public void unreachable() {
                later(session, () -> {
                    if (offlineSince == null) {
                        offlineSince = LocalTime.now().format(CLOCK);
                    }
                    label.setText(messages.get("header.offline", name(session), offlineSince));
                });
            }

            @Override
            public void signInRefused() {
                later(session, onSignInRefused);
            }
        });
    }

    private void later(PortalSession session, Runnable change) {
        Platform.runLater(() -> {
            if (watched == session) {
                change.run();
            }
        });
    }

    void showConnected() {
        if (watched != null) {
            label.setText(watched.kind() == ConnectionKind.SANDBOX ? messages.get("app.connectedToSandbox")
                    : messages.get("header.connected", watched.displayName()));
        }
    }

    private String name(PortalSession session) {
        return session.kind() == ConnectionKind.SANDBOX ? "Sandbox" : session.displayName();
    }
}
