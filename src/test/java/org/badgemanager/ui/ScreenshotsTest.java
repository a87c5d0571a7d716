package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.badgemanager.app.MainWindow;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.PortalSession;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.theme.Appearance;
import org.badgemanager.ui.theme.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A tour of every screen that saves a PNG of each. Written to {@code target/screenshots}; run with
 * {@code -Dscreenshots.dir=docs/screenshots} to refresh the pictures in the README.
 */
@ExtendWith(SandboxUi.class)
class ScreenshotsTest {
    private final Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private UiHarness ui;
    private Stage stage;
    private String realHome;

    @Start
    void start(Stage stage) {
        // pictures for the README show "~/…", never a folder of the machine that took them
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", ui.home.toString());
        ui.show(stage);
        stage.setWidth(1100); // the default window size: the pictures show what a new user sees
        stage.setHeight(680);
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Appearance.choose(ThemeChoice.LIGHT));
        System.setProperty("user.home", realHome);
    }

    @Test
    void everyScreen(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        robot.interact(() -> ui.window.openConnectionDialog());
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        save(robot, windowOf(robot, "#connectButton"), "connection-dialog.png");

        robot.clickOn("#connectButton");
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("paymentOverdue");
        save(robot, ui.window.stage(), "main-light.png");
        robot.interact(() -> Appearance.choose(ThemeChoice.DARK));
        save(robot, ui.window.stage(), "main-dark.png");
        PortalSession session = ui.window.session();
        robot.interact(() -> {
            ui.window = new MainWindow(stage, ui.services, Messages.forLocale(Locale.forLanguageTag("ru"))).show();
            ui.window.useSession(session);
        });
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("paymentOverdue");
        save(robot, ui.window.stage(), "main-ru-dark.png");
        robot.interact(() -> {
            Appearance.choose(ThemeChoice.LIGHT);
            ui.window = new MainWindow(stage, ui.services, Messages.forLocale(Locale.ENGLISH)).show();
            ui.window.useSession(session);
        });
        waitUntil(() -> tableHas(robot, "missedCall"));

        robot.clickOn("#addButton");
        UiHarness.fillTwoLanguages(robot, "callback", new String[] {"Call back", "Today"},
                new String[] {"Перезвонить", "Сегодня"});
        save(robot, windowOf(robot, "#saveButton"), "add-form-two-languages.png");
        robot.clickOn("#cancelButton");

        robot.clickOn("missedCall");
        robot.type(javafx.scene.input.KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> popupShows(robot, "ENTITY_WITH_BADGE_EXISTS"));
        robot.sleep(1200); // let the popup finish sliding in: this is a picture, not a check
        save(robot, ui.window.stage(), "error-popup.png");
    }

    @Test
    void activitiesTab(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("Activities");
        robot.clickOn("#ownerTypeBox").clickOn("Deal");
        robot.clickOn("#searchButton");
        waitUntil(() -> ActivitiesWindowTest.activities(robot).getItems().size() == 50);
        var rows = ActivitiesWindowTest.activities(robot).getItems();
        robot.interact(() -> rows.subList(0, 7).forEach(r -> r.checkedProperty().set(true)));
        robot.clickOn(rows.get(2).subject());
        waitUntil(() -> robot.lookup("#detail_owner").tryQuery().isPresent()
                && rows.stream().noneMatch(r -> r.responsible().startsWith("User ")));
        save(robot, ui.window.stage(), "activities-tab.png");
        saveNode(robot, "#sideTabs", "details.png");

        robot.clickOn("#deleteCheckedButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> ActivitiesWindowTest.report(robot).getItems().size() == 7);
        save(robot, ui.window.stage(), "activities-report.png");
        robot.interact(() -> Appearance.choose(ThemeChoice.DARK));
        save(robot, ui.window.stage(), "activities-report-dark.png");
        robot.interact(() -> Appearance.choose(ThemeChoice.LIGHT));

        // the smallest size the window is made for: columns keep their width, the table scrolls sideways
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        save(robot, ui.window.stage(), "activities-800x500.png");
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(680);
        });

        robot.clickOn("#backupsButton");
        waitUntil(() -> robot.lookup("#filesTable").tryQuery().isPresent()
                && robot.lookup("#filesTable").queryTableView().getItems().size() == 1);
        robot.clickOn("Bulk delete of 7");
        waitUntil(() -> robot.lookup("#recordsTable").queryTableView().getItems().size() == 7);
        robot.clickOn("#restoreButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> !robot.lookup("#restoreSummaryLabel").queryLabeled().getText().isEmpty());
        save(robot, windowOf(robot, "#recordsTable"), "restore.png");
        robot.clickOn("#closeBackupsButton");

        robot.clickOn("By id");
        robot.clickOn("#idsArea").write("12, 15-20 33\n40-2000\nabc 41x");
        save(robot, ui.window.stage(), "activities-by-id.png");
    }

    @Test
    void waitingAndRecentlyDeleted(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        ui.portal.faults().latency(java.time.Duration.ofSeconds(30));
        robot.clickOn("#refreshButton");
        waitUntil(() -> robot.lookup("#busyLabel").queryLabeled().getText().matches(".*[1-9] s"));
        save(robot, ui.window.stage(), "refresh-waiting.png");
        robot.clickOn("#cancelRefreshButton");
        ui.portal.faults().clear();
        waitUntil(() -> !robot.lookup("#refreshButton").queryButton().isDisabled());

        robot.clickOn("demoScheduled");
        robot.type(javafx.scene.input.KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> !tableHas(robot, "demoScheduled"));
        robot.clickOn("#recentlyDeletedButton");
        waitUntil(() -> robot.lookup("#recentlyDeletedList").tryQuery().isPresent());
        save(robot, windowOf(robot, "#recentlyDeletedList"), "recently-deleted.png");
    }

    /** The connection dialog of an OAuth app, before signing in, in English and in Russian. */
    @Test
    void theSignInDialogInBothLanguages(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        for (String language : new String[] {"en", "ru"}) {
            robot.interact(() -> new org.badgemanager.app.MainWindow(ui.window.stage(), ui.services,
                    org.badgemanager.ui.common.Messages.forLocale(java.util.Locale.forLanguageTag(language)))
                    .show().openConnectionDialog());
            waitUntil(() -> robot.lookup("#oauthRadio").tryQuery().isPresent());
            robot.clickOn("#oauthRadio");
            robot.interact(() -> {
                robot.lookup("#oauthPortalField").queryAs(javafx.scene.control.TextField.class)
                        .setText("https://crm.example.com");
                robot.lookup("#clientIdField").queryAs(javafx.scene.control.TextField.class)
                        .setText("local.6571c0ffee1234.56789012");
                robot.lookup("#clientSecretField").queryAs(javafx.scene.control.TextField.class)
                        .setText("not-a-real-secret");
                robot.lookup("#connectButton").query().getScene().getWindow().sizeToScene();
            });
            save(robot, windowOf(robot, "#oauthRadio"), "sign-in-dialog-" + language + ".png");
            robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#oauthRadio").query().getScene().getWindow())
                    .close());
        }
    }

    @Test
    void whereUsed(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        robot.clickOn("missedCall");
        robot.clickOn("#whereUsedButton");
        waitUntil(() -> ActivitiesWindowTest.activities(robot).getItems().size() == 12);
        save(robot, ui.window.stage(), "where-used.png");

        // the sandbox keeps deleted activities in its recycle bin, as the cloud does: the run ends at Try again
        robot.clickOn("#cleanUpButton");
        robot.clickOn("#confirmYes");
        waitUntil(() -> robot.lookup("#tryAgainButton").queryButton().isVisible()
                && ActivitiesWindowTest.activities(robot).getItems().isEmpty());
        save(robot, ui.window.stage(), "where-used-recycle-bin.png");
    }

    /** The Compare window and the plan page (issue 15), light and dark, English and Russian. */
    @Test
    void badgeSets(FxRobot robot) throws Exception {
        Files.createDirectories(dir);
        robot.interact(() -> ui.window.connectDirectly(ConnectionRequest.sandbox()));
        waitUntil(() -> tableHas(robot, "missedCall"));
        java.nio.file.Path file = BadgeSetsWindowTest.editedExport(ui);
        ui.portal.putBadge(org.badgemanager.sandbox.SandboxBadge.of("legacyPromo", "Promo", "Promo", "warning"));
        var overdue = ui.portal.badge("paymentOverdue").orElseThrow();
        PortalSession session = ui.window.session();
        for (String language : new String[] {"en", "ru"}) {
            String suffix = language.equals("en") ? "" : "-ru";
            robot.interact(() -> {
                ui.window = new MainWindow(stage, ui.services, Messages.forLocale(Locale.forLanguageTag(language)))
                        .show();
                ui.window.useSession(session);
            });
            waitUntil(() -> tableHas(robot, "missedCall"));
            robot.interact(() -> ui.window.importBadgeSet(file));
            waitUntil(() -> robot.lookup("#compareTable").tryQuery().isPresent()
                    && robot.lookup("#compareTable").queryTableView().getItems().size() == 9);
            robot.interact(() -> {
                var table = robot.lookup("#compareTable").queryTableView();
                table.getSelectionModel().select(1); // paymentOverdue: its Russian title differs
                table.requestFocus();
            });
            Window sets = windowOf(robot, "#compareTable");
            save(robot, sets, "sets-compare" + suffix + ".png");
            robot.interact(() -> Appearance.choose(ThemeChoice.DARK));
            save(robot, sets, "sets-compare" + suffix + "-dark.png");
            robot.interact(() -> Appearance.choose(ThemeChoice.LIGHT));
            robot.clickOn("#deleteExtraCheck");
            robot.clickOn("#reviewButton");
            waitUntil(() -> robot.lookup("#applyButton").query().isVisible());
            save(robot, sets, "sets-plan" + suffix + ".png");
            robot.interact(() -> Appearance.choose(ThemeChoice.DARK));
            save(robot, sets, "sets-plan" + suffix + "-dark.png");
            robot.interact(() -> Appearance.choose(ThemeChoice.LIGHT));
            if (language.equals("ru")) {
                break; // the report below in English
            }
            // the report of a run, one badge refused: the portal keeps a badge that activities still carry
            long activity = ui.portal.addActivities(1, 2, 1).get(0);
            ui.portal.bindBadge(activity, "legacyPromo");
            robot.clickOn("#applyButton");
            robot.clickOn("#confirmYes");
            waitUntil(() -> robot.lookup("#compareAgainButton").query().isVisible());
            save(robot, sets, "sets-report.png");
            robot.interact(() -> ((Stage) sets).close());
            ui.portal.removeBadge("callBack"); // as before the run, for the Russian pictures
            ui.portal.putBadge(overdue);
        }
    }

    private static Window windowOf(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    /** The window with the popups it owns drawn where they are on screen. */
    private void save(FxRobot robot, Window window, String name) throws IOException {
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> {
            BufferedImage base = toImage(window.getScene().snapshot(null));
            var g = base.createGraphics();
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow popup && popup.getOwnerWindow() == window && w.isShowing()) {
                    g.drawImage(toImage(w.getScene().snapshot(null)),
                            (int) (w.getX() - window.getX() - window.getScene().getX()),
                            (int) (w.getY() - window.getY() - window.getScene().getY()), null);
                }
            }
            g.dispose();
            shot[0] = base;
        });
        Path file = dir.resolve(name);
        ImageIO.write(shot[0], "png", file.toFile());
        assertThat(distinctColours(shot[0])).as(name + " shows something").isGreaterThan(20);
    }

    /** One part of a window, e.g. the details pane. */
    private void saveNode(FxRobot robot, String query, String name) throws IOException {
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> shot[0] = toImage(robot.lookup(query).query().snapshot(null, null)));
        ImageIO.write(shot[0], "png", dir.resolve(name).toFile());
        assertThat(distinctColours(shot[0])).as(name + " shows something").isGreaterThan(20);
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

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
