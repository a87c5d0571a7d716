package org.badgemanager.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.badgemanager.app.AppServices;
import org.badgemanager.app.MainWindow;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.ui.common.Messages;

/**
 * The app's main window for a UI benchmark: a throwaway home, the built-in sandbox, English, and a
 * {@link PulseMonitor} already running. The measurement runs on a driver thread of its own (it waits for the FX
 * thread, never on it); when it ends, or fails, the toolkit exits.
 */
final class BenchWindow {
    /** What a benchmark measures in the open window. */
    interface Measurement {
        void run(MainWindow window, PulseMonitor monitor) throws Exception;
    }

    private BenchWindow() {
    }

    /**
     * Opens the window on {@code stage} and starts {@code measurement}. {@code rowsAhead}: the badge table's rows are
     * made ahead as at the app's start, else the measurement makes them when it wants to time that. FX thread.
     */
    static void open(Stage stage, String name, ClientOptions options, boolean rowsAhead, Measurement measurement)
            throws IOException {
        Path home = Files.createTempDirectory(name);
        AppServices services = AppServices.create(new AppDirs(home.resolve("c"), home.resolve("d")),
                new EmbeddedSandbox(), options);
        MainWindow window = new MainWindow(stage, services, Messages.forLocale(Locale.ENGLISH)).show();
        if (rowsAhead) {
            window.makeBadgeRowsAhead(); // as the app's start-up does after the first frame
        }
        PulseMonitor monitor = new PulseMonitor();
        monitor.start();
        Thread driver = new Thread(() -> {
            try {
                measurement.run(window, monitor);
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, name);
        driver.setDaemon(true);
        driver.start();
    }
}
