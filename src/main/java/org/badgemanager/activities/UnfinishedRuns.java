package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgemanager.bitrix.Json;

/**
 * Finds the newest delete-all run of a portal that did not finish, as each search asks, without reading whole
 * reports: a report's first line says its portal and when it started, its last line whether it finished (a
 * finished run's last line is its {@code end}; a run that was killed ends in a batch, a {@code sending} or half a
 * line). What a file said is kept while its size and modification time stay the same, so a folder of many old
 * reports costs one directory listing per search.
 *
 * <p>"Newest" is by the start time in milliseconds written in the report, then by the name's same-second suffix
 * ({@code -2}, {@code -3} …, claimed in order): names alone have only second resolution, and as text
 * {@code …09-2.deleterun} sorts before {@code …09.deleterun}.
 */
final class UnfinishedRuns {
    /** A report's first line (portal, filter) is small; anything longer is not a report. */
    private static final int HEADER_LIMIT = 64 * 1024;
    /** The last line of a finished run ({@code {"end":"FINISHED","code":…}}) is short. */
    private static final int TAIL = 4 * 1024;
    private static final Pattern NAME = Pattern.compile("delete-run-(\\d{8}-\\d{6})(?:-(\\d+))?\\"
            + DeleteRunLog.SUFFIX);
    /** What each report's first and last lines said, and how many each counts as deleted. */
    private static final Map<Path, Stamped<Summary>> SUMMARIES = new ConcurrentHashMap<>();
    private static final Map<Path, Stamped<Long>> DELETED = new ConcurrentHashMap<>();

    /** What one report said. */
    record Summary(String portal, long startedMillis, int sameSecondIndex, boolean finished, long expected) {
    }

    /** What was read from a file while it had this size and modification time. */
    private record Stamped<T>(long size, long modified, T value) {
    }

    /** Reads what is wanted of a file of this size. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Path file, long size) throws IOException;
    }

    private UnfinishedRuns() {
    }

    /**
     * As {@link #latest}, with the run's counts for the offer to continue it. The whole report is read for its
     * count once, and again only when it has changed (a report of a million deletes has some 20 000 lines).
     */
    static Optional<DeleteRunLog.Unfinished> latestWithCounts(Path folder, String portal) {
        return latest(folder, portal).flatMap(file -> {
            Summary summary = summary(file);
            Long deleted = unlessChanged(DELETED, file,
                    (report, size) -> DeleteRunLog.open(report).count(DeleteOutcome.Status.DELETED));
            return summary == null || deleted == null ? Optional.empty()
                    : Optional.of(new DeleteRunLog.Unfinished(file, deleted, summary.expected()));
        });
    }

    static Optional<Path> latest(Path folder, String portal) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path best = null;
        Summary bestSummary = null;
        Comparator<Summary> newer = Comparator.comparingLong(Summary::startedMillis)
                .thenComparingInt(Summary::sameSecondIndex);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + DeleteRunLog.SUFFIX)) {
            for (Path file : files) {
                Summary s = summary(file);
                if (s == null || s.finished() || (portal != null && !portal.equals(s.portal()))) {
                    continue;
                }
                if (best == null || newer.compare(s, bestSummary) > 0
                        || (newer.compare(s, bestSummary) == 0 && file.compareTo(best) > 0)) {
                    best = file;
                    bestSummary = s;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** Null when the file is not a report of a delete run (or cannot be read now). */
    static Summary summary(Path file) {
        return unlessChanged(SUMMARIES, file, UnfinishedRuns::read);
    }

    /**
     * What {@code reader} gives for {@code file}, read again only when the file's size or modification time changed
     * since {@code memo} kept it; null when it cannot be read (or gives null).
     */
    private static <T> T unlessChanged(Map<Path, Stamped<T>> memo, Path file, Reader<T> reader) {
        Path key = file.toAbsolutePath();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Stamped<T> kept = memo.get(key);
            if (kept != null && kept.size() == size && kept.modified() == modified) {
                return kept.value();
            }
            T value = reader.read(file, size);
            memo.put(key, new Stamped<>(size, modified, value));
            return value;
        } catch (IOException | RuntimeException unreadable) {
            memo.remove(key);
            return null;
        }
    }

    private static Summary read(Path file, long size) throws IOException {
        JsonNode run = Json.mapper().readTree(firstLine(file)).path("run");
        if (!run.isObject()) {
            return null;
        }
        Matcher name = NAME.matcher(file.getFileName().toString());
        int index = name.matches() && name.group(2) != null ? Integer.parseInt(name.group(2)) : 1;
        long started = run.path("startedMillis").asLong(-1);
        if (started < 0) {
            // a report written before the start time was kept in it: the instant it names, at second resolution
            try {
                started = java.time.Instant.parse(run.path("started").asText()).toEpochMilli();
            } catch (java.time.format.DateTimeParseException unknown) {
                started = 0;
            }
        }
        return new Summary(run.path("portal").asText(""), started, index, endsFinished(file, size),
                run.path("expected").asLong());
    }

    private static String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
            byte[] chunk = new byte[1024]; // a header is a few hundred bytes: read no more than it
            while (line.size() < HEADER_LIMIT) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, 0, i);
                        return line.toString(StandardCharsets.UTF_8);
                    }
                }
                line.write(chunk, 0, n);
            }
            throw new IOException(file.getFileName() + " has no whole first line");
        }
    }

    /**
     * Whether the last line is a whole {@code end} of FINISHED. A line cut short by a kill (no newline after it,
     * or not JSON) is never one: such a run is unfinished.
     */
    private static boolean endsFinished(Path file, long size) throws IOException {
        int length = (int) Math.min(size, TAIL);
        ByteBuffer tail = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read the whole tail
            }
        }
        String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            return false;
        }
        String body = text.stripTrailing();
        int start = body.lastIndexOf('\n');
        if (start < 0 && length < size) {
            return false; // a last line longer than the tail is a batch, not an end
        }
        try {
            JsonNode last = Json.mapper().readTree(body.substring(start + 1));
            return last != null && DeleteRunLog.End.FINISHED.name().equals(last.path("end").asText());
        } catch (IOException cutShort) {
            return false;
        }
    }
}
