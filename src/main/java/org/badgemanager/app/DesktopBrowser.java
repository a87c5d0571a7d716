package org.badgemanager.app;

import java.net.URI;
import javafx.application.HostServices;
import javafx.application.Platform;
import org.badgemanager.connection.kinds.oauth.Browser;

/**
 * The desktop's own browser, through JavaFX's HostServices. The services are built before the JavaFX application
 * exists, so the application hands its HostServices over when it starts.
 */
final class DesktopBrowser implements Browser {
    private volatile HostServices host;

    void use(HostServices services) {
        this.host = services;
    }

    @Override
    public void open(URI page) {
        HostServices services = host;
        if (services == null) {
            throw new IllegalStateException("The browser cannot be opened before the window shows");
        }
        Platform.runLater(() -> services.showDocument(page.toString()));
    }
}
