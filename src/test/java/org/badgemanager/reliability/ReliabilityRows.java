package org.badgemanager.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What the reliability tests tried and what the user saw, one TSV file per test class under
 * {@code target/reliability/}; {@link ReliabilityReport} turns them into {@code docs/reliability.md}.
 * A row is written only after the test's assertions passed, so the report shows what was proven.
 */
public final class ReliabilityRows {
    static final Path DIR = Path.of(System.getProperty("reliability.dir", "target/reliability"));
    private static final Set<String> STARTED = new HashSet<>();
    private final Path file;

    private ReliabilityRows(Path file) {
        this.file = file;
    }

    /** The rows of one test class; its file is emptied on first use in this run. */
    public static synchronized ReliabilityRows of(Class<?> testClass) {
        Path file = DIR.resolve(testClass.getSimpleName() + ".tsv");
        try {
            Files.createDirectories(DIR);
            if (STARTED.add(testClass.getName())) {
                Files.writeString(file, "", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReliabilityRows(file);
    }

    /**
     * @param area     the report section ("Network", "Portal errors", "Bad input", …)
     * @param tried    the fault or input, in words
     * @param cases    how many cases (inputs, scenarios) were run
     * @param userSaw  what the user was shown: the code, or the message
     * @param advice   the advice line the popup or form gave
     * @param lost     data lost (must be 0 for the row to be written at all)
     */
    public void add(String area, String tried, long cases, String userSaw, String advice, long lost) {
        String line = String.join("\t", clean(area), clean(tried), Long.toString(cases), clean(userSaw),
                clean(advice), Long.toString(lost)) + "\n";
        synchronized (ReliabilityRows.class) {
            try {
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace("|", "\\|").strip();
    }
}
