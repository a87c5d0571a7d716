package org.badgemanager.cli;

import java.util.Set;
import picocli.CommandLine;

/**
 * The command line beside the window: {@code BadgeManager list|export|compare|apply|delete-activities …}. The
 * launcher hands over here before any JavaFX class is touched, so no toolkit starts and no display is needed.
 */
public final class Cli {
    /** What switches the launcher to the command line; anything else starts the window as before. */
    private static final Set<String> FIRST_WORDS = Set.of(ListCommand.NAME, ExportCommand.NAME, CompareCommand.NAME,
            ApplyCommand.NAME, DeleteActivitiesCommand.NAME, "help", "--help", "-h");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && FIRST_WORDS.contains(args[0]);
    }

    /** Runs one command and returns its exit code ({@link ExitCodes}). */
    public static int run(String[] args, CliContext context) {
        return commandLine(context).execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        Texts texts = Texts.forEnvironment(context.environment());
        CommandLine line = new CommandLine(new BadgeManagerCommand(), new CommandFactory(context, texts));
        line.setResourceBundle(texts.bundle());
        line.setOut(context.terminal().out());
        line.setErr(context.terminal().err());
        line.setExecutionExceptionHandler(new FailureHandler(context.terminal(), texts));
        line.setExitCodeExceptionMapper(FailureHandler::exitCodeOf);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }
}
