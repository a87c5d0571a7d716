package org.badgemanager.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Tells whether standard input is a terminal (someone can answer a question), or that it cannot tell.
 * {@code System.console()} exists only when standard output is a terminal too, so on its own it cannot tell
 * {@code apply … > log} (a person at the keyboard) from a CI job: where the descriptor itself cannot be looked at
 * (no {@code /proc}: Windows, macOS), "no console" means {@link Terminal.Stdin#UNKNOWN}, and the commands that ask
 * before changing a portal then refuse to go on without {@code --yes} rather than change it unasked.
 */
final class StdinProbe {
    private final Path stdinLink;
    private final BooleanSupplier consoleOnBothEnds;

    /** {@code stdinLink}: where the OS shows what descriptor 0 points to; {@code consoleOnBothEnds}: a console. */
    StdinProbe(Path stdinLink, BooleanSupplier consoleOnBothEnds) {
        this.stdinLink = stdinLink;
        this.consoleOnBothEnds = consoleOnBothEnds;
    }

    /** This process's standard input: Linux's {@code /proc/self/fd/0}, else {@code System.console()}. */
    static StdinProbe system() {
        return new StdinProbe(Path.of("/proc/self/fd/0"), () -> System.console() != null);
    }

    Terminal.Stdin probe() {
        if (Files.exists(stdinLink, LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(stdinLink).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")
                        ? Terminal.Stdin.TERMINAL : Terminal.Stdin.NOT_TERMINAL;
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the portable answer
            }
        }
        // a console means both ends are terminals; without one, stdin may still be a terminal (output redirected)
        return consoleOnBothEnds.getAsBoolean() ? Terminal.Stdin.TERMINAL : Terminal.Stdin.UNKNOWN;
    }
}
