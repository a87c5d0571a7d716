package org.badgemanager.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.diagnostics.DiagnosticsZip;
import org.badgemanager.diagnostics.RequestLogText;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.settings.Settings;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.theme.Appearance;
import org.badgemanager.ui.theme.ThemeChoice;

/** The JavaFX application: shows the main window first, then asks where to connect. */
public final class BadgeManagerApp extends Application {
    private AppServices services;
    private Settings settings;
    private Messages messages;

    /** Launcher thread, toolkit started: takes what {@link StartupPreparation} read meanwhile. */
    @Override
    public void init() {
        StartupProbe.mark("init");
        StartupPreparation.Prepared prepared = StartupPreparation.take();
        services = prepared.services();
        settings = prepared.settings();
        messages = prepared.messages();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        UnexpectedErrors.install(stage, messages);
        Appearance.start(ThemeChoice.fromSettings(settings.theme()), StartupPreparation.systemPrefersDark());
        services.useHostServices(getHostServices());
        MainWindow window = new MainWindow(stage, services, messages);
        // Start-up on both cores: a worker builds the views (FXML) while this thread opens the native window and
        // starts the renderer; the views go in when both are done.
        CompletableFuture<MainWindow> built = StartupPreparation.onOwnThread("main-window-build", window::build);
        WindowPlacement.restore(stage, settings.window());
        window.showEmptyFrame();
        stage.setOnCloseRequest(e -> WindowPlacement.remember(stage, services));
        List<String> args = getParameters().getRaw();
        built.whenComplete((ready, error) -> Platform.runLater(() -> {
            if (error != null) {
                throw new IllegalStateException("The main window could not be built", error);
            }
            if (!stage.isShowing()) {
                return; // closed while its views were being built: the app is quitting
            }
            window.show();
            window.tellAboutInterruptedChanges();
            StartupProbe.afterFirstFrame(() -> {
                if (StartupProbe.training()) {
                    CdsTraining.run(window);
                } else if (args.contains("--sandbox")) {
                    window.connectDirectly(ConnectionRequest.sandbox());
                } else {
                    window.openLastPortalOrDialog();
                }
            });
        }));
    }

    @Override
    public void stop() {
        if (services != null) {
            logRequests(services.connections().requestLog().entries());
            services.close();
        }
    }

    /**
     * The session's REST calls as the log file's last section, for a support ticket sent without "Save
     * diagnostics…": the parameters are masked (and the log masks once more).
     */
    private static void logRequests(List<RequestLog.Entry> calls) {
        if (!calls.isEmpty()) {
            System.getLogger("org.badgemanager.requests").log(System.Logger.Level.INFO,
                    DiagnosticsZip.REQUESTS_HEADING + "\n" + RequestLogText.of(calls));
        }
    }
}
