package org.badgemanager.cli;

import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.SecretMasker;
import picocli.CommandLine;

/**
 * What a command that throws ends with: a {@link CliFailure} says its own message and code; a portal error met
 * after connecting is a partial failure (1) named with its Bitrix code; anything else is a bug, told in one line
 * (the log file has the trace). Every message goes through the secret masker once more.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final Terminal terminal;
    private final Texts texts;

    FailureHandler(Terminal terminal, Texts texts) {
        this.terminal = terminal;
        this.texts = texts;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof CliFailure failure) {
            message = failure.getMessage();
        } else if (e instanceof BitrixException portal) {
            message = texts.get("error.portal", portal.code(), portal.description(), portal.method());
        } else {
            System.getLogger(FailureHandler.class.getName()).log(System.Logger.Level.ERROR, "Command failed", e);
            message = texts.get("error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
        terminal.err().println(SecretMasker.mask(message));
        terminal.err().flush();
        return exitCodeOf(e);
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof CliFailure failure) {
            return failure.exitCode();
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.DIFFERENCES_OR_PARTIAL;
    }
}
