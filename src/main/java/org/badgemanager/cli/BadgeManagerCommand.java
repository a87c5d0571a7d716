package org.badgemanager.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top of the command line: only names the subcommands; run without one it prints the help. */
@Command(name = "BadgeManager", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Texts.BUNDLE, sortOptions = false, usageHelpAutoWidth = true,
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT, exitCodeOnExecutionException = ExitCodes.DIFFERENCES_OR_PARTIAL,
        subcommands = {ListCommand.class, ExportCommand.class, CompareCommand.class, ApplyCommand.class,
                DeleteActivitiesCommand.class, HelpCommand.class})
final class BadgeManagerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
