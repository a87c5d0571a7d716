package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A view put into a tab that is not selected, a piece at a time: it ends whole (every box with its children, in
 * their order, with their constraints), styled, and the tab was never opened for it; finishing puts the rest in at
 * once.
 */
@ExtendWith(ApplicationExtension.class)
class PiecewiseAttachTest {
    private Tab shown;
    private Tab later;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        shown = new Tab("Shown", new Label("the tab the user looks at"));
        later = new Tab("Later");
        tabs = new TabPane(shown, later);
        stage.setScene(new Scene(tabs, 800, 600));
        stage.show();
    }

    @Test
    void aViewGoesInWholeAndStyledWhileItsTabStaysClosed(FxRobot robot) {
        Parent view = view();
        String before = shape(view);
        PiecewiseAttach[] pieces = new PiecewiseAttach[1];
        robot.interact(() -> {
            pieces[0] = PiecewiseAttach.start(view, later::setContent);
            assertThat(later.getContent()).isSameAs(view);
            assertThat(((BorderPane) view).getCenter()).as("its slots wait too").isNull();
            assertThat(pieces[0].isDone()).as("nothing goes in before the next pulse").isFalse();
        });

        waitUntil(() -> pieces[0].isDone());

        assertThat(shape(view)).isEqualTo(before);
        assertThat(((BorderPane) view).getCenter()).isInstanceOf(SplitPane.class);
        assertThat(controls(view)).isNotEmpty().allMatch(c -> c.getSkin() != null, "styled (has its skin)");
        assertThat(GridPane.getRowIndex(robot.lookup("#lastField").query())).isEqualTo(9);
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(shown);
    }

    @Test
    void finishingPutsTheRestInAtOnce(FxRobot robot) {
        Parent view = view();
        String before = shape(view);
        robot.interact(() -> {
            PiecewiseAttach pieces = PiecewiseAttach.start(view, later::setContent);
            pieces.finish();
            assertThat(pieces.isDone()).isTrue();
            assertThat(shape(view)).isEqualTo(before);
            assertThat(controls(view)).allMatch(c -> c.getSkin() != null, "styled (has its skin)");
        });
    }

    /** A view shaped like the Activities tab's: slots, tabs, a split pane, boxes in boxes, a grid, a table. */
    private static Parent view() {
        GridPane grid = new GridPane();
        for (int row = 0; row < 10; row++) {
            TextField field = new TextField("value " + row);
            field.setId(row == 9 ? "lastField" : null);
            grid.addRow(row, new Label("Field " + row), field);
        }
        VBox rows = new VBox();
        for (int i = 0; i < 30; i++) {
            rows.getChildren().add(new HBox(6, new Label("Row " + i), new TextField(), new Button("Go")));
        }
        TabPane inner = new TabPane(new Tab("Search", new VBox(grid)), new Tab("Ids", new HBox(new Label("ids"))));
        SplitPane split = new SplitPane(new VBox(rows, new TableView<String>()), new VBox(new Label("side")));
        return new BorderPane(split, inner, null, new HBox(new Label("status")), null);
    }

    /** The tree under {@code node} as text: each node's type, its text and its children, at any depth. */
    private static String shape(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (node instanceof javafx.scene.control.Labeled labeled) {
            text.append(" '").append(labeled.getText()).append("'");
        }
        List<Node> inside = new ArrayList<>();
        if (node instanceof TabPane tabPane) {
            tabPane.getTabs().forEach(t -> inside.add(t.getContent()));
        } else if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        } else if (node instanceof Pane pane) {
            inside.addAll(pane.getChildren());
        }
        if (!inside.isEmpty()) {
            text.append(inside.stream().map(PiecewiseAttachTest::shape)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]")));
        }
        return text.toString();
    }

    /** Every box under {@code root} with its children, as they are now. */
    private static Map<Pane, List<Node>> boxes(Node root) {
        Map<Pane, List<Node>> boxes = new IdentityHashMap<>();
        collect(root, boxes);
        return boxes;
    }

    private static void collect(Node node, Map<Pane, List<Node>> boxes) {
        List<Node> inside = new ArrayList<>();
        if (node instanceof TabPane tabPane) {
            tabPane.getTabs().forEach(t -> inside.add(t.getContent()));
        } else if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        } else if (node instanceof Pane pane) {
            boxes.put(pane, new ArrayList<>(pane.getChildren()));
            inside.addAll(pane.getChildren());
        }
        inside.forEach(n -> collect(n, boxes));
    }

    private static List<Control> controls(Node root) {
        List<Control> controls = new ArrayList<>();
        for (Pane box : boxes(root).keySet()) {
            box.getChildren().stream().filter(Control.class::isInstance).map(Control.class::cast)
                    .forEach(controls::add);
        }
        return controls;
    }
}
