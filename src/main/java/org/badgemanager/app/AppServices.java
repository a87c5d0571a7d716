package org.badgemanager.app;

import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.PreferredSecretStore;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.ui.common.FxTaskRunner;
import org.badgemanager.ui.common.TaskRunner;

/** The long-lived parts of the app, built once with plain constructors. Cheap: no I/O happens here. */
public record AppServices(AppDirs dirs, TaskRunner tasks, ConnectionService connections, SecretStore secrets,
                          AutoCloseable... closeables) {

    public static AppServices create(AppDirs dirs, EmbeddedSandbox sandbox, ClientOptions options) {
        FxTaskRunner tasks = new FxTaskRunner();
        SecretStore secrets = new PreferredSecretStore(dirs);
        ConnectionService connections = new ConnectionService(SettingsStore.in(dirs), secrets, sandbox, options,
                SafetyNets.in(dirs.data()), LiveSecrets.process());
        return new AppServices(dirs, tasks, connections, secrets, tasks, sandbox);
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
