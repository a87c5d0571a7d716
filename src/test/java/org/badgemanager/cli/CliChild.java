package org.badgemanager.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.testutil.Portals;

/**
 * One command line in a process of its own, with the data folder of {@link CliRun} under the same home, so a test
 * can run a command in another process than its own and kill it (SIGKILL) while it works. Says {@code EXIT n}
 * when the command ends.
 *
 * <p>Arguments: home, webhook URL (as the environment variable {@code HOOK}), then the command line.
 */
public final class CliChild {
    private CliChild() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        Terminal terminal = new Terminal(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), false);
        CliContext context = new CliContext(dirs, FileSecretStore.in(dirs), Map.of("HOOK", args[1], "LANG",
                "en_US.UTF-8")::get, terminal, Portals.fastOptions(), Clock.systemDefaultZone());
        String[] command = java.util.Arrays.copyOfRange(args, 2, args.length);
        System.out.println("EXIT " + Cli.run(command, context));
    }
}
