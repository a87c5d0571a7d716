package org.badgemanager.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/**
 * Names each form field after the label placed before it (labelFor), so a screen reader says "Code, edit text"
 * instead of "edit text". The forms put a label right before its field (in the same box) or in the column left of
 * it (in a grid); this follows that layout, so a new field in the same shape is named without another line of code.
 */
public final class FieldLabels {
    private FieldLabels() {
    }

    public static void link(Node root) {
        if (root instanceof GridPane grid) {
            for (Node child : grid.getChildren()) {
                if (child instanceof Label label && label.getLabelFor() == null) {
                    grid.getChildren().stream()
                            .filter(f -> row(f) == row(label) && column(f) == column(label) + 1)
                            .map(FieldLabels::fieldIn).filter(f -> f != null)
                            .findFirst().ifPresent(label::setLabelFor);
                }
            }
        } else if (root instanceof Pane pane) {
            var children = pane.getChildren();
            for (int i = 0; i + 1 < children.size(); i++) {
                if (children.get(i) instanceof Label label && label.getLabelFor() == null
                        && isField(children.get(i + 1))) {
                    label.setLabelFor(children.get(i + 1));
                }
            }
        }
        if (root instanceof TabPane tabs) {
            // a tab's content joins the scene graph only once the tab pane has its skin
            tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(FieldLabels::link);
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(FieldLabels::link);
        } else if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                link(child);
            }
        }
    }

    /** The node itself when it is a field, or the first field in a box next to the label (a field with its hint). */
    private static Node fieldIn(Node node) {
        if (isField(node)) {
            return node;
        }
        if (node instanceof Pane box) {
            return box.getChildren().stream().filter(FieldLabels::isField).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?>;
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    private static int column(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }
}
