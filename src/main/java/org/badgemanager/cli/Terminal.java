package org.badgemanager.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Where a command talks: results on {@code out}, progress, questions and errors on {@code err}, answers from
 * {@code in}; {@code stdin} says whether standard input is a terminal (someone can answer a question), is not one
 * (a pipe, a file: CI), or could not be told ({@link StdinProbe}).
 */
public record Terminal(PrintWriter out, PrintWriter err, BufferedReader in, Stdin stdin) {

    /** What standard input is. */
    public enum Stdin { TERMINAL, NOT_TERMINAL, UNKNOWN }

    /** {@code interactive}: a terminal, else known not to be one. */
    public Terminal(PrintWriter out, PrintWriter err, BufferedReader in, boolean interactive) {
        this(out, err, in, interactive ? Stdin.TERMINAL : Stdin.NOT_TERMINAL);
    }

    /** True only when stdin is known to be a terminal. */
    public boolean interactive() {
        return stdin == Stdin.TERMINAL;
    }

    /** The process's own streams, in the console's character set. */
    public static Terminal system() {
        Charset charset = consoleCharset();
        return new Terminal(new PrintWriter(new FileOutputStream(FileDescriptor.out), true, charset),
                new PrintWriter(new FileOutputStream(FileDescriptor.err), true, charset),
                new BufferedReader(new InputStreamReader(System.in, charset)), StdinProbe.system().probe());
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
