package org.badgemanager.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command talks: results on {@code out}, progress, questions and errors on {@code err}, answers from
 * {@code in}; {@code interactive} when standard input is a terminal (someone can answer a question).
 */
public record Terminal(PrintWriter out, PrintWriter err, BufferedReader in, boolean interactive) {

    /** The process's own streams, in the console's character set. */
    public static Terminal system() {
        Charset charset = consoleCharset();
        return new Terminal(new PrintWriter(new FileOutputStream(FileDescriptor.out), true, charset),
                new PrintWriter(new FileOutputStream(FileDescriptor.err), true, charset),
                new BufferedReader(new InputStreamReader(System.in, charset)), stdinIsTerminal());
    }

    /**
     * Whether standard input is a terminal. {@code System.console()} needs standard output to be one as well, so
     * {@code apply … | tee log} would count as unattended and skip its question; on Linux the descriptor itself
     * says where it points.
     */
    static boolean stdinIsTerminal() {
        Path stdin = Path.of("/proc/self/fd/0");
        if (Files.exists(stdin, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(stdin).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the portable answer
            }
        }
        return System.console() != null;
    }

    private static Charset consoleCharset() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            Charset chosen = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
            // JDK 17 under LANG=C (a CI job's usual locale) says US-ASCII, which turns every Cyrillic title into
            // question marks; UTF-8 is the better guess there
            return chosen.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : chosen;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
