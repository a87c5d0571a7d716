package org.badgemanager.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.diagnostics.DiagnosticsZip;
import org.badgemanager.diagnostics.RequestLogText;
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
        StartupSequence.First first = StartupSequence.First.of(settings, getParameters().getRaw());
        // on the dialog's path: started first, its text part runs while the theme is set
        CompletableFuture<Void> themeSet = new CompletableFuture<>();
        var warmedUp = StartupSequence.warmUpFor(first, themeSet);
        try {
            Appearance.start(ThemeChoice.fromSettings(settings.theme()), StartupPreparation.systemPrefersDark());
        } finally {
            themeSet.complete(null); // never leaves the dialog waiting
        }
        services.useHostServices(getHostServices());
        StartupProbe.mark("theme applied");
        MainWindow window = new MainWindow(stage, services, messages);
        StartupProbe.mark("window's models made");
        WindowPlacement.restore(stage, settings.window());
        stage.setOnCloseRequest(e -> WindowPlacement.remember(stage, services));
        StartupSequence.run(stage, window, first, window::showEmptyFrame, warmedUp);
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
