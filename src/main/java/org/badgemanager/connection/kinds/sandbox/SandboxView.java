package org.badgemanager.connection.kinds.sandbox;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.badgemanager.ui.common.Messages;

/**
 * The sandbox's part of the connection form: a note, nothing to fill in. Apart from {@link SandboxKind} so that
 * opening a sandbox connection headless (the command line) loads no JavaFX class: the bytecode verifier loads
 * the classes a method returns when they differ from its declared type.
 */
final class SandboxView {
    private SandboxView() {
    }

    static Node create(Messages messages) {
        Label info = new Label(messages.get("connection.sandbox.info"));
        info.setWrapText(true);
        info.getStyleClass().add("info-box");
        VBox pane = new VBox(6, info);
        pane.setId("sandboxPane");
        return pane;
    }
}
