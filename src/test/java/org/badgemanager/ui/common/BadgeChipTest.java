package org.badgemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.badgemanager.badges.BadgeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chip wears its type's colours from app.css, and changes them when a table cell re-uses it for another type. */
@ExtendWith(ApplicationExtension.class)
class BadgeChipTest {
    private final BadgeChip chip = new BadgeChip("Missed", BadgeType.FAILURE);

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(chip), 300, 100);
        scene.getStylesheets().add(Fxml.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheTypesColoursAndSwitchesThemWhenReused(FxRobot robot) {
        assertThat(chip.getText()).isEqualTo("MISSED");
        assertThat(colours(robot)).containsExactly(Color.web("#9c2a37"), Color.web("#f3d5d3"));

        robot.interact(() -> chip.show("Signed", BadgeType.SUCCESS));

        assertThat(chip.getText()).isEqualTo("SIGNED");
        assertThat(colours(robot)).containsExactly(Color.web("#4e6307"), Color.web("#e9f6d6"));
    }

    /** Text fill and background as styled. */
    private Color[] colours(FxRobot robot) {
        Color[] colours = new Color[2];
        robot.interact(() -> {
            chip.applyCss();
            colours[0] = (Color) chip.getTextFill();
            colours[1] = (Color) chip.getBackground().getFills().get(0).getFill();
        });
        return colours;
    }
}
