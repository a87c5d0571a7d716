package org.badgemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A label placed before its field names it, in the two shapes the forms use; hints and errors name nothing. */
@ExtendWith(ApplicationExtension.class)
class FieldLabelsTest {

    @Start
    void start(Stage stage) {
        // only the toolkit is needed: the forms here are never shown
    }

    @Test
    void aLabelNamesTheFieldAfterItOrInTheNextGridColumn() {
        Label code = new Label("Code");
        TextField codeField = new TextField();
        Label hint = new Label("A hint under the field");
        Label type = new Label("Type");
        ComboBox<String> typePicker = new ComboBox<>();
        GridPane grid = new GridPane();
        grid.addRow(0, code, codeField);
        grid.add(hint, 1, 1);
        grid.addRow(2, type, new HBox(typePicker, new Label("Preview")));
        Label owner = new Label("Owner id");
        TextField ownerField = new TextField();
        TabPane tabs = new TabPane(new Tab("Search", new VBox(new VBox(owner, ownerField))));

        FieldLabels.link(new VBox(grid, tabs));

        assertThat(code.getLabelFor()).isSameAs(codeField);
        assertThat(type.getLabelFor()).as("a field in a box next to the label").isSameAs(typePicker);
        assertThat(owner.getLabelFor()).as("inside a tab not yet shown").isSameAs(ownerField);
        assertThat(hint.getLabelFor()).isNull();
    }
}
