package org.badgemanager.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.ui.common.Messages;

/** The JavaFX application: shows the main window first, then asks where to connect. */
public final class BadgeManagerApp extends Application {
    private AppServices services;

    @Override
    public void start(Stage stage) {
        services = AppServices.create(AppDirs.forCurrentUser(), new EmbeddedSandbox(), ClientOptions.defaults());
        MainWindow window = new MainWindow(stage, services, Messages.forLocale(uiLocale())).show();
        List<String> args = getParameters().getRaw();
        if (args.contains("--sandbox")) {
            window.connectDirectly(ConnectionRequest.sandbox());
        } else {
            window.openConnectionDialog();
        }
    }

    /** The UI follows the system locale: Russian for Russian systems, English otherwise. */
    private static Locale uiLocale() {
        String forced = System.getProperty("badgemanager.lang");
        String lang = forced != null ? forced : Locale.getDefault().getLanguage();
        return "ru".equals(lang) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
