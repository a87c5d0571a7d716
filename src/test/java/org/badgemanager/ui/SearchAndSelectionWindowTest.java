package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.badges.BadgeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Edit and Delete only ever act on a row the user can see, even with a search on. */
@ExtendWith(SandboxUi.class)
class SearchAndSelectionWindowTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @Test
    void aBadgeAddedUnderASearchIsShownSelectedAndASearchThatHidesTheSelectionClearsIt(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "vipClient"));
        robot.clickOn("#searchField").write("vip");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn("vipClient");

        robot.clickOn("#addButton");
        UiHarness.fillTwoLanguages(robot, "zzzFresh", new String[] {"F", "N"}, new String[] {"С", "Н"});
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("zzzFresh").isPresent() && tableHas(robot, "zzzFresh"));

        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEmpty();
        assertThat(table(robot).getSelectionModel().getSelectedItem().code()).isEqualTo("zzzFresh");
        assertThat(robot.lookup(".info-notification").queryAll().stream()
                .flatMap(card -> robot.from(card).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText()))
                .contains("The search \u201cvip\u201d was cleared to show zzzFresh.");

        robot.clickOn("#searchField").write("vip");
        waitUntil(() -> table(robot).getItems().size() == 1);
        // zzzFresh is out of sight now: whatever Edit acts on is a row the table shows
        BadgeRow selected = table(robot).getSelectionModel().getSelectedItem();
        if (selected == null) {
            assertThat(robot.lookup("#editButton").queryButton().isDisabled()).isTrue();
            assertThat(robot.lookup("#deleteButton").queryButton().isDisabled()).isTrue();
        } else {
            assertThat(table(robot).getItems()).contains(selected);
            robot.clickOn("#editButton");
            waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
            assertThat(robot.lookup("#codeField").queryTextInputControl().getText()).isEqualTo(selected.code());
        }
    }
}
