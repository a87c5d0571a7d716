package org.badgemanager.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.badgemanager.app.AppServices;
import org.badgemanager.app.MainWindow;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.PreferredSecretStore;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.SandboxBrowser;
import org.badgemanager.testutil.WatchedSecretStore;
import org.badgemanager.ui.badges.BadgeRow;
import org.badgemanager.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real app window wired to a fresh sandbox portal and a throw-away settings folder. */
public final class UiHarness implements AutoCloseable {
    public final SandboxPortal portal;
    public final AppServices services;
    public final Path home;
    /** Stands in for the system browser: signs in on the sandbox's page like a user who allows access. */
    public final SandboxBrowser browser = new SandboxBrowser();
    /** The app's secret store, watched for calls on the FX thread. */
    public final WatchedSecretStore secrets;
    public MainWindow window;

    public UiHarness() {
        this(SandboxConfig.defaults().noRateLimit());
    }

    public UiHarness(SandboxConfig config) {
        this(config, Portals.fastOptions());
    }

    /** {@code options} for the app's client, e.g. a realistic rate limit instead of the fast one. */
    public UiHarness(SandboxConfig config, ClientOptions options) {
        try {
            portal = SandboxPortal.start(config);
            home = Files.createTempDirectory("badge-manager-ui");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        secrets = new WatchedSecretStore(new PreferredSecretStore(dirs));
        services = AppServices.create(dirs, new EmbeddedSandbox(portal), options, browser, secrets);
    }

    public MainWindow show(Stage stage) {
        window = new MainWindow(stage, services, Messages.forLocale(Locale.ENGLISH)).show();
        stage.setWidth(1200);
        stage.setHeight(760);
        return window;
    }

    /** The words the window shows, as in {@link #show}. */
    public static Messages messages() {
        return Messages.forLocale(Locale.ENGLISH);
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    public static TableView<BadgeRow> table(FxRobot robot) {
        return (TableView<BadgeRow>) robot.lookup("#badgeTable").queryAs(TableView.class);
    }

    public static boolean tableHas(FxRobot robot, String code) {
        return table(robot).getItems().stream().anyMatch(r -> r.code().equals(code));
    }

    /** A notification popup whose title (the error code) or text is exactly {@code text}. */
    public static boolean popupShows(FxRobot robot, String text) {
        return robot.lookup(".notification-bar").queryAll().stream()
                .anyMatch(bar -> robot.from(bar).lookup((Node n) -> n instanceof Labeled l
                        && l.getText() != null && l.getText().equals(text)).tryQuery().isPresent());
    }

    /** Types a badge into the open add form, English and Russian tabs, as a user would. */
    public static void fillTwoLanguages(FxRobot robot, String code, String[] english, String[] russian) {
        robot.clickOn("#codeField").write(code);
        robot.clickOn("#titleField_en").write(english[0]);
        robot.clickOn("#valueField_en").write(english[1]);
        robot.clickOn("#tab_ru");
        robot.clickOn("#titleField_ru").write(russian[0]);
        robot.clickOn("#valueField_ru").write(russian[1]);
    }

    @Override
    public void close() {
        services.close();
        portal.close();
    }
}
