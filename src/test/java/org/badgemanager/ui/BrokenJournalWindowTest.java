package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.badgemanager.badges.SafetyNets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A journal of unfinished changes that cannot be parsed (a disk error, a hand edit) is never silently replaced by
 * an empty one: it is kept aside under another name, and the start says so, naming the file.
 */
@ExtendWith(SandboxUi.class)
class BrokenJournalWindowTest {
    private static final String TOLD = "could not be read and was kept aside as edit-journal.json.unreadable-";
    private UiHarness ui;
    private Path data;

    @Start
    void start(Stage stage) throws IOException {
        data = ui.home.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(SafetyNets.JOURNAL_FILE), "{\"version\":1,\"pending\":[{\"id\":");
        ui.show(stage).tellAboutInterruptedChanges();
    }

    @Test
    void theStartNamesTheJournalKeptAsideAndTheFileIsStillThere(FxRobot robot) throws IOException {
        waitUntil(() -> popupShows(robot, "INTERRUPTED_CHANGE"));
        assertThat(robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && t.contains(TOLD))
                .findAny()).as("the user is told which file was kept aside").isPresent();
        Path kept;
        try (Stream<Path> files = Files.list(data)) {
            kept = files.filter(f -> f.getFileName().toString().startsWith(SafetyNets.JOURNAL_FILE + ".unreadable-"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.readString(kept)).as("kept as it was").isEqualTo("{\"version\":1,\"pending\":[{\"id\":");
    }
}
