package org.badgemanager.badgesets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.badgemanager.settings.AtomicFiles;

/**
 * Reads and writes badge-set files: JSON ({@code .json}, the format of {@code docs/badge-set.schema.json}) or the
 * translators' CSV ({@code .csv}), chosen by the file name's ending. Writing is atomic: a kill leaves the old
 * file or the new one.
 */
public final class BadgeSetFiles {
    /** Files larger than this are refused unread: a set of 10 000 badges with 19 languages is about 20 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public enum Kind { JSON, CSV }

    private BadgeSetFiles() {
    }

    public static Kind kindOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Kind.CSV : Kind.JSON;
    }

    /**
     * The set in the file, checked against the portal's rules.
     *
     * @throws InvalidBadgeSetException with every problem found (line and field each)
     * @throws IOException              the file cannot be read
     */
    public static BadgeSet read(Path file) throws IOException, InvalidBadgeSetException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new InvalidBadgeSetException(java.util.List.of(
                    FileProblem.at(0, "", "badgeset.problem.tooLarge", MAX_FILE_BYTES / (1024 * 1024))));
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            // a spreadsheet in Russian saves CSV in Windows-1251 unless told otherwise
            throw new InvalidBadgeSetException(java.util.List.of(FileProblem.at(0, "", "badgeset.problem.notUtf8")));
        }
        return kindOf(file) == Kind.CSV ? BadgeSetCsv.parse(text) : BadgeSetJson.parse(text);
    }

    public static void write(BadgeSet set, Path file) throws IOException {
        write(set, file, null);
    }

    /**
     * @param source where the set came from, kept in a JSON file's {@code source} (a portal's address or a
     *               profile's name, never a webhook URL); null for none. CSV has no place for it.
     */
    public static void write(BadgeSet set, Path file, String source) throws IOException {
        String text = kindOf(file) == Kind.CSV ? BadgeSetCsv.format(set) : BadgeSetJson.format(set, source);
        AtomicFiles.write(file, text, false);
    }
}
