package org.badgemanager.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.Settings;
import org.badgemanager.ui.common.Messages;

/** The JavaFX application: shows the main window first, then asks where to connect. */
public final class BadgeManagerApp extends Application {
    private AppServices services;
    private Settings settings;

    /** Runs on the launcher thread, before the FX thread exists: the one place start-up may read files. */
    @Override
    public void init() {
        StartupProbe.mark("init");
        AppDirs dirs = AppDirs.forCurrentUser();
        AppLogging.install(dirs.data());
        services = AppServices.create(dirs, new EmbeddedSandbox(), ClientOptions.defaults());
        settings = services.connections().settings();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        WindowPlacement.restore(stage, settings.window());
        Messages messages = Messages.forLocale(uiLocale(settings));
        UnexpectedErrors.install(stage, messages);
        MainWindow window = new MainWindow(stage, services, messages).show();
        stage.setOnCloseRequest(e -> WindowPlacement.remember(stage, services));
        List<String> args = getParameters().getRaw();
        StartupProbe.afterFirstFrame(() -> {
            if (args.contains("--sandbox")) {
                window.connectDirectly(ConnectionRequest.sandbox());
            } else {
                window.openConnectionDialog();
            }
        });
    }

    /** The language chosen in the app, else the system's: Russian for Russian systems, English otherwise. */
    private static Locale uiLocale(Settings settings) {
        String lang = System.getProperty("badgemanager.lang");
        if (lang == null) {
            lang = settings.uiLanguage() != null ? settings.uiLanguage() : Locale.getDefault().getLanguage();
        }
        return "ru".equals(lang) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
