package org.badgemanager.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apply}: waits for the badge-set core (branch sets). */
@Command(name = ApplyCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ApplyCommand implements Callable<Integer> {
    static final String NAME = "apply";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    ApplyCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        throw new CliFailure(ExitCodes.BAD_INPUT, "not yet");
    }
}
