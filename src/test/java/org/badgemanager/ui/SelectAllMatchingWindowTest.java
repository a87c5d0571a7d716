package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.badgemanager.activities.MatchingDeletionTestAccess;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SeededActivities;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * "Select all N matching" beside the page: the admin searches, checks the page, picks every match, confirms the
 * number the search counted, and everything the search finds is deleted, though only 50 rows were ever loaded.
 */
@ExtendWith(SandboxUi.class)
class SelectAllMatchingWindowTest {
    private static final int SEEDED = 2_000;
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @Test
    void selectAllMatchingDeletesEverythingTheSearchFoundWithTheCountOfItsOneCountedCall(FxRobot robot) {
        long first = ui.portal.seedActivities(SEEDED);
        List<Long> seededMatching = LongStream.range(first, first + SEEDED)
                .filter(id -> (id - first) % SeededActivities.MATCH_EVERY == 0).boxed().toList();
        List<Long> seededOthers = LongStream.range(first, first + SEEDED)
                .filter(id -> (id - first) % SeededActivities.MATCH_EVERY != 0).boxed().toList();
        ActivitiesWindowTest.openActivitiesTab(robot);
        ui.portal.clearRequests();
        robot.clickOn("#typeBox").clickOn("Call");
        robot.clickOn("#responsibleField").write(String.valueOf(SeededActivities.MATCH_RESPONSIBLE_ID));
        robot.clickOn("#searchButton");
        waitUntil(() -> ActivitiesWindowTest.activities(robot).getItems().size() == 50);
        String found = ActivitiesWindowTest.text(robot, "#foundLabel");
        assertThat(found).startsWith("Showing 50 of ");
        int total = Integer.parseInt(found.substring("Showing 50 of ".length()));
        assertThat(total).isGreaterThanOrEqualTo(seededMatching.size());

        Hyperlink selectAll = robot.lookup("#selectAllMatchingLink").queryAs(Hyperlink.class);
        assertThat(selectAll.isVisible()).as("offered once the page is checked").isFalse();
        robot.clickOn("#checkAllBox");
        waitUntil(selectAll::isVisible);
        assertThat(selectAll.getText()).isEqualTo("Select all " + total + " matching");
        robot.clickOn(selectAll);
        waitUntil(() -> robot.lookup("#allMatchingLabel").queryAs(Label.class).isVisible());
        assertThat(ActivitiesWindowTest.text(robot, "#allMatchingLabel"))
                .isEqualTo("All " + total + " matching selected.");
        assertThat(robot.lookup("#deleteCheckedButton").queryAs(Button.class).getText())
                .isEqualTo("Delete all " + total + " matching…");

        robot.clickOn("#deleteCheckedButton");
        robot.clickOn("#confirmCountField").write(String.valueOf(total)); // the number the search counted
        robot.clickOn("#confirmYes");
        waitUntil(() -> ActivitiesWindowTest.text(robot, "#progressLabel").startsWith("Done: "));

        assertThat(ActivitiesWindowTest.text(robot, "#progressLabel"))
                .matches("Done: " + total + " of " + total + " deleted in \\d+ s\\.");
        assertThat(seededMatching).allMatch(id -> ui.portal.activity(id).isEmpty());
        assertThat(seededOthers).allMatch(id -> ui.portal.activity(id).isPresent());
        assertThat(ActivitiesWindowTest.activities(robot).getItems()).isEmpty();
        assertThat(ActivitiesWindowTest.text(robot, "#reportSummaryLabel"))
                .isEqualTo(total + " activities: " + total + " deleted");
        // on the wire: one counted call (the search's first page), whose total the admin confirmed; the run
        // found the rest by id inside its delete batches and never counted
        List<RecordedRequest> lists = ui.portal.requests("crm.activity.list");
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).params().path("start").asText()).isEqualTo("0");
        List<RecordedRequest> batches = ui.portal.requests("batch");
        long counted = batches.stream().flatMap(b -> iterable(b.params().path("cmd")).stream())
                .filter(cmd -> cmd.startsWith("crm.activity.list?"))
                .filter(cmd -> !URLDecoder.decode(cmd, StandardCharsets.UTF_8).contains("start=-1")).count();
        assertThat(counted).isZero();
        assertThat(MatchingDeletionTestAccess.deleteIdsSent(batches)).hasSize(total).doesNotHaveDuplicates();
    }

    private static List<String> iterable(com.fasterxml.jackson.databind.JsonNode cmd) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        cmd.forEach(c -> texts.add(c.asText()));
        return texts;
    }
}
