package org.badgemanager.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.badgesets.FileProblem;
import org.badgemanager.badgesets.InvalidBadgeSetException;

/**
 * Reads a badge-set file before anything is sent: a file with problems ends the command with every problem, its
 * line and field (the same words as the window's), and exit code 2.
 */
final class SetFileReader {
    private SetFileReader() {
    }

    static BadgeSet read(Path file, Texts texts) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return BadgeSetFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("set.noFile", file));
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("set.unreadable", file, e.getMessage()));
        } catch (InvalidBadgeSetException e) {
            ResourceBundle words = texts.appWords();
            StringBuilder message = new StringBuilder(texts.get("set.problems", file, e.problems().size()));
            for (FileProblem p : e.problems()) {
                message.append(System.lineSeparator()).append("  ").append(p.describe(words));
            }
            throw new CliFailure(ExitCodes.BAD_INPUT, message.toString());
        }
    }
}
