package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.ActivitiesWindowTest.openActivitiesTab;
import static org.badgemanager.ui.ActivitiesWindowTest.report;
import static org.badgemanager.ui.ActivitiesWindowTest.typeIds;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.sandbox.OperatingCosts;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bulk delete on a portal with a small operating budget and a short window (3 s of server time per 3 s; 0.6 s a
 * batch of 50 deletes): the progress line says the run waits for the portal's time budget and for how long, the
 * run finishes, and the portal never blocks the method.
 */
@ExtendWith(SandboxUi.class)
class BudgetWaitWindowTest {
    private final UiHarness ui = new UiHarness(SandboxConfig.defaults().noRateLimit()
            .costs(OperatingCosts.FREE.withPerCall(0.002).withPerDeletedActivity(0.01))
            .operatingLimit(Duration.ofSeconds(3), Duration.ofSeconds(3)),
            ClientOptions.defaults().withRateLimit(1000, 1000)
                    .withOperatingBudget(Duration.ofSeconds(3), Duration.ofSeconds(3), 0.1));

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
        stage.setWidth(1100);
        stage.setHeight(680);
    }

    @Test
    void theProgressLineSaysItWaitsForTheTimeBudget(FxRobot robot) throws Exception {
        List<Long> ids = ui.portal.addActivities(250, 2, 9200);
        openActivitiesTab(robot);
        typeIds(robot, ids);
        robot.clickOn("#deleteIdsButton");
        robot.clickOn("#confirmCountField").write("250");
        robot.clickOn("#confirmYes");

        AtomicReference<String> seen = new AtomicReference<>("");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            String line = robot.lookup("#progressLabel").queryAs(Label.class).getText();
            if (line.contains("waiting for the portal's time budget for crm.activity.delete")) {
                seen.compareAndSet("", line);
                return true;
            }
            return false;
        });
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> shot[0] = toImage(ui.window.stage().getScene().snapshot(null)));
        ImageIO.write(shot[0], "png", dir.resolve("budget-wait.png").toFile());

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> report(robot).getItems().size() == 250);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen.get()).matches(".*crm\\.activity\\.delete: 0:0[0-3].*");
        assertThat(report(robot).getItems()).allMatch(r -> r.status() == Status.DELETED);
        assertThat(ui.portal.operatingStats().refused()).isZero();
        assertThat(robot.lookup("#progressLabel").queryAs(Label.class).getText()).doesNotContain("waiting");
    }

    private static BufferedImage toImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
