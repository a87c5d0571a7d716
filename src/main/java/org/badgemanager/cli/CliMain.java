package org.badgemanager.cli;

import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.badgemanager.app.AppLogging;

/**
 * The command line's start: the app's log file (secrets masked) instead of log lines on the console, where they
 * would mix with the command's own output, then the command.
 */
public final class CliMain {
    private CliMain() {
    }

    public static int run(String[] args) {
        CliContext context = CliContext.system();
        quietConsole(context.dirs().data());
        return Cli.run(args, context);
    }

    private static void quietConsole(Path dataDir) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        AppLogging.install(dataDir);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
