package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The badge table's rows made ahead at start-up: the user never sees them, and the portal's first badges go into
 * them instead of new rows being made all at once when the badges come.
 */
@ExtendWith(SandboxUi.class)
class BadgeRowsAheadWindowTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage);
    }

    @Test
    void rowsAreMadeAheadUnseenAndTheFirstBadgesGoIntoThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // rows for the table's height under its header: what it makes when it has that many badges
        int screenful = WaitForAsyncUtils.asyncFx(() -> (int) Math.ceil((table(robot).getHeight()
                - robot.lookup(".column-header-background").queryAs(Region.class).getHeight())
                / table(robot).getFixedCellSize())).get();
        robot.interact(() -> ui.window.makeBadgeRowsAhead());
        waitUntil(() -> rows(robot).size() >= screenful);
        WaitForAsyncUtils.waitForFxEvents();

        // what the user sees meanwhile: the empty table saying it is not connected, no sample anywhere
        assertThat(robot.lookup("#tablePlaceholder").queryAs(Label.class).isVisible()).isTrue();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(BadgeRowsAheadWindowTest::shown)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())).isEmpty();

        Set<TableRow<?>> madeAhead = rows(robot);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        WaitForAsyncUtils.waitForFxEvents();

        Set<TableRow<?>> showingBadges = rows(robot).stream()
                .filter(row -> shown(row) && row.getItem() != null).collect(Collectors.toSet());
        assertThat(showingBadges).hasSize(ui.portal.badges().size());
        assertThat(madeAhead).as("no row made when the badges came").containsAll(showingBadges);
    }

    private static Set<TableRow<?>> rows(FxRobot robot) {
        Set<TableRow<?>> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        robot.lookup(".table-row-cell").queryAllAs(TableRow.class).forEach(rows::add);
        return rows;
    }

    /** Drawn: it and every node above it visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
