package org.badgemanager.cli;

import java.time.Clock;
import java.util.function.Function;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.PreferredSecretStore;
import org.badgemanager.settings.SecretStore;

/**
 * What every command may use, built once: the app's folders (the same settings, backups and journals as the
 * window), the secret store (the same keyring or owner-only file), the environment (for {@code --webhook-env}),
 * the terminal, and the client's options. Tests pass their own.
 */
public record CliContext(AppDirs dirs, SecretStore secrets, Function<String, String> environment, Terminal terminal,
                         ClientOptions options, Clock clock) {

    public static CliContext system() {
        AppDirs dirs = AppDirs.forCurrentUser();
        return new CliContext(dirs, new PreferredSecretStore(dirs), System::getenv, Terminal.system(),
                ClientOptions.defaults(), Clock.systemDefaultZone());
    }
}
