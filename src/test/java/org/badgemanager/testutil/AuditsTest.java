package org.badgemanager.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The walking helpers on small hand-made windows whose right answers are known. */
@ExtendWith(ApplicationExtension.class)
class AuditsTest {
    private final VBox root = new VBox(8);
    private Scene scene;

    @Start
    void start(Stage stage) {
        root.setPadding(new Insets(10));
        root.setBackground(fill(Color.WHITE, Insets.EMPTY));
        scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBackgroundIsTheTopFillThatCoversTheText(FxRobot robot) {
        Label onDark = new Label("dark");
        StackPane frame = new StackPane(onDark);
        // a red frame 0..4 px under a navy inner fill: the text sits on navy
        frame.setBackground(new Background(new BackgroundFill(Color.RED, CornerRadii.EMPTY, Insets.EMPTY),
                new BackgroundFill(Color.NAVY, CornerRadii.EMPTY, new Insets(4))));
        frame.setPrefSize(100, 40);
        Label onHalf = new Label("half");
        StackPane half = new StackPane(onHalf);
        half.setBackground(fill(Color.color(0, 0, 0, 0.5), Insets.EMPTY));
        robot.interact(() -> root.getChildren().setAll(frame, half));

        robot.interact(() -> {
            assertThat(DrawnBackground.behind(onDark)).isEqualTo(Color.NAVY);
            assertThat(DrawnBackground.behind(onHalf).getRed()).isBetween(0.49, 0.51);
            assertThat(DrawnBackground.under(frame)).isEqualTo(Color.NAVY);
        });
    }

    @Test
    void faintAndCutTextIsFoundAndGoodTextIsNot(FxRobot robot) {
        Label faint = new Label("faint");
        faint.setTextFill(Color.web("#aaaaaa"));
        Label cut = new Label("A label far too long for its width");
        cut.setMaxWidth(60);
        Label good = new Label("good");
        good.setTextFill(Color.web("#333333"));
        Label disabled = new Label("disabled and faint");
        disabled.setTextFill(Color.web("#dddddd"));
        disabled.setDisable(true);
        robot.interact(() -> root.getChildren().setAll(faint, cut, good, disabled));

        List<String> problems = onFx(robot, () -> TextAudit.problems(scene, "test"));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("\"faint\"").contains("contrast 2.32:1");
        assertThat(problems.get(1)).contains("is cut short of \"A label far too long for its width\"");
    }

    @Test
    void aNamelessFieldAnUnreachableButtonAndAnInvisibleFocusAreFound(FxRobot robot) {
        TextField named = new TextField();
        Label label = new Label("Code");
        label.setLabelFor(named);
        TextField nameless = new TextField();
        Button skipped = new Button("Skipped");
        Button flat = new Button("Flat");
        // an inline style beats the :focused rules: the button looks the same either way
        flat.setStyle("-fx-background-color: #dddddd; -fx-background-insets: 0; -fx-text-fill: black;");
        Button ok = new Button("OK");
        // a hand-made Tab order that jumps over a button: a keyboard user never gets to it
        nameless.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB) {
                flat.requestFocus();
                e.consume();
            }
        });
        robot.interact(() -> root.getChildren().setAll(label, named, nameless, skipped, flat, ok));

        var reached = KeyboardAudit.reachedByTab(robot, scene);
        List<String> problems = onFx(robot, () -> KeyboardAudit.problems(scene, "test", reached, true));

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).isEqualTo("test: TextField has no name a screen reader can speak");
        assertThat(problems.get(1)).startsWith("test: Button \"Skipped\" cannot be reached with Tab");
        assertThat(problems.subList(2, 3)).containsExactly(
                "test: Button \"Flat\" looks the same with and without the focus");
    }

    private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> work) {
        Object[] out = new Object[1];
        robot.interact(() -> {
            try {
                out[0] = work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }

    private static Background fill(Color c, Insets insets) {
        return new Background(new BackgroundFill(c, CornerRadii.EMPTY, insets));
    }
}
