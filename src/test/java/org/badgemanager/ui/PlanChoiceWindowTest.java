package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.badgemanager.app.MainWindow;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.theme.Appearance;
import org.badgemanager.ui.theme.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The webhook form asks for the portal's plan; the choice is saved with the profile and paces the session. */
@ExtendWith(SandboxUi.class)
class PlanChoiceWindowTest {
    private final Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).openConnectionDialog();
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(() -> Appearance.choose(ThemeChoice.LIGHT));
    }

    @Test
    void anEnterprisePlanChosenForAWebhookIsSavedAndPacesTheSession(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#webhookRadio");
        robot.interact(() -> robot.lookup("#webhookField").queryAs(TextField.class).setText(ui.portal.webhookUrl()));
        assertThat(choice(robot).getValue()).as("the default").isEqualTo(PortalPlan.STANDARD);
        assertThat(robot.lookup("#inFlightSpinner").query().isVisible()).isFalse();

        robot.interact(() -> choice(robot).setValue(PortalPlan.SELF_HOSTED));
        assertThat(robot.lookup("#inFlightSpinner").query().isVisible()).as("only self-hosted asks").isTrue();
        assertThat(robot.lookup("#planMeaning").queryAs(Label.class).getText()).contains("own server");

        robot.clickOn("#planChoice");
        robot.clickOn("Cloud, Enterprise");
        assertThat(robot.lookup("#planMeaning").queryAs(Label.class).getText()).contains("5 requests a second");
        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));

        assertThat(Files.readString(ui.home.resolve("config").resolve("settings.json")))
                .contains("\"portalPlan\" : \"enterprise\"");
        assertThat(ui.window.session().client().options().plan().plan()).isEqualTo(PortalPlan.ENTERPRISE);
        assertThat(ui.portal.requests("app.info")).as("a webhook is not asked").isEmpty();

        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#webhookField").queryAs(TextField.class).getText().contains("••••••"));
        assertThat(choice(robot).getValue()).as("shown again for the saved profile").isEqualTo(PortalPlan.ENTERPRISE);
    }

    /** Pictures of the form to look at: English and Russian, light and dark, at the default size. */
    @Test
    void theFormInBothLanguagesAndThemes(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        for (String language : new String[] {"en", "ru"}) {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                robot.interact(() -> {
                    // one dialog at a time, so that the lookups below find this one
                    javafx.collections.FXCollections.observableArrayList(Window.getWindows()).stream()
                            .filter(w -> w instanceof Stage && w != ui.window.stage())
                            .forEach(w -> ((Stage) w).close());
                    Appearance.choose(theme);
                    new MainWindow(ui.window.stage(), ui.services, Messages.forLocale(Locale.forLanguageTag(language)))
                            .show().openConnectionDialog();
                });
                waitUntil(() -> robot.lookup("#webhookRadio").tryQuery().isPresent());
                robot.clickOn("#webhookRadio");
                robot.interact(() -> choice(robot).setValue(PortalPlan.SELF_HOSTED));
                Window dialog = robot.lookup("#planChoice").query().getScene().getWindow();
                String note = robot.lookup("#secretsNote").queryAs(Label.class).getText();
                if (language.equals("ru")) {
                    assertThat(note).as("where secrets go, in Russian").startsWith("Секреты хранятся в ")
                            .doesNotContainPattern("[A-Za-z]{3,}");
                } else {
                    assertThat(note).startsWith("Secrets are stored in the ").contains("keyring");
                }
                save(robot, dialog, "plan-webhook-" + language + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
                robot.interact(() -> ((Stage) dialog).close());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<PortalPlan> choice(FxRobot robot) {
        return robot.lookup("#planChoice").queryAs(ChoiceBox.class);
    }

    private void save(FxRobot robot, Window window, String name) throws IOException {
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> shot[0] = toImage(window.getScene().snapshot(null)));
        ImageIO.write(shot[0], "png", dir.resolve(name).toFile());
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
