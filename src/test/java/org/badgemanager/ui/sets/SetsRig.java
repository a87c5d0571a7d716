package org.badgemanager.ui.sets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.badgemanager.connection.kinds.webhook.WebhookDetails;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.sandbox.SandboxPortals;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;

/**
 * Two sandbox portals as the set screens meet them: the first connected (seeded with the demo badges), the second
 * empty and saved as the profile "Production", and the view models' seams (synchronous tasks, recorded messages,
 * dialogs that agree and answer with {@link AnsweringDialogs#chosen}).
 */
final class SetsRig implements AutoCloseable {
    final SandboxPortals portals = SandboxPortals.start(2,
            i -> SandboxConfig.defaults().noRateLimit().demoData(i == 0));
    final SandboxPortal source = portals.get(0);
    final SandboxPortal target = portals.get(1);
    final Path home;
    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final RecordingNotifier notifier = new RecordingNotifier(messages);
    final AnsweringDialogs dialogs = new AnsweringDialogs(true);
    final SyncTaskRunner tasks = new SyncTaskRunner();
    final ConnectionService connections;
    final PortalSession connected;
    final Profile production;
    final Path backups;

    SetsRig() throws IOException {
        home = Files.createTempDirectory("badge-sets-ui");
        backups = home.resolve("backups");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        connections = new ConnectionService(SettingsStore.in(dirs), FileSecretStore.in(dirs),
                new EmbeddedSandbox(source), Portals.fastOptions());
        connected = connections.open(ConnectionRequest.sandbox());
        production = connections.remember(new ConnectionRequest(null, "Production",
                new WebhookDetails(target.webhookUrl(), null)));
    }

    CompareViewModel compare() {
        return new CompareViewModel(tasks, notifier, dialogs, messages, new SideLoader(() -> connected, connections));
    }

    PlanViewModel plan() {
        return new PlanViewModel(tasks, notifier, dialogs, messages, backups);
    }

    @Override
    public void close() {
        portals.close();
    }
}
