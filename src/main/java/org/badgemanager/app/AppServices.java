package org.badgemanager.app;

import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.connection.kinds.oauth.Browser;
import org.badgemanager.connection.kinds.oauth.SignInDesk;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.PreferredSecretStore;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.ui.common.FxTaskRunner;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The long-lived parts of the app, built once with plain constructors. Cheap: no I/O happens here.
 *
 * @param browser what sign-ins open pages with
 */
public record AppServices(AppDirs dirs, TaskRunner tasks, ConnectionService connections, SecretStore secrets,
                          Browser browser, AutoCloseable... closeables) {

    public static AppServices create(AppDirs dirs, EmbeddedSandbox sandbox, ClientOptions options) {
        return create(dirs, sandbox, options, new DesktopBrowser(), new PreferredSecretStore(dirs));
    }

    /** With another browser and secret store (tests: an HTTP client playing the browser, a watched store). */
    public static AppServices create(AppDirs dirs, EmbeddedSandbox sandbox, ClientOptions options, Browser browser,
                                     SecretStore secrets) {
        FxTaskRunner tasks = new FxTaskRunner();
        ConnectionService connections = new ConnectionService(SettingsStore.in(dirs), secrets, sandbox, options,
                SafetyNets.in(dirs.data()), LiveSecrets.process(), new SignInDesk(browser));
        return new AppServices(dirs, tasks, connections, secrets, browser, tasks, sandbox);
    }

    /** Gives the desktop browser the application's HostServices, once the application exists. */
    public void useHostServices(javafx.application.HostServices host) {
        if (browser instanceof DesktopBrowser desktop) {
            desktop.use(host);
        }
    }

    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                System.getLogger(AppServices.class.getName()).log(System.Logger.Level.WARNING, "Close failed", e);
            }
        }
    }
}
