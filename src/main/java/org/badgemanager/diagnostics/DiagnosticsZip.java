package org.badgemanager.diagnostics;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.bitrix.SecretMasker;

/**
 * A zip for a support ticket: the app log with the session's request log as its last section, the settings and a
 * note on the environment. Everything is passed through {@link SecretMasker} once more on the way in, and the
 * secret store is never read: the zip can be mailed as it is.
 */
public final class DiagnosticsZip {
    public static final String LOG = "badge-manager.log";
    public static final String SETTINGS = "settings.json";
    public static final String ABOUT = "about.txt";
    /** Where the log's request-log section begins. */
    public static final String REQUESTS_HEADING = "==== Request log (this session) ====";

    private DiagnosticsZip() {
    }

    /**
     * @param logs     the app's log folder (rotated {@code badge-manager.N.log} files), may be missing
     * @param settings the settings file, may be missing
     */
    public static Path write(Path zip, Path logs, Path settings, List<RequestLog.Entry> requests, String about)
            throws IOException {
        StringBuilder log = new StringBuilder();
        for (Path file : logFilesOldestFirst(logs)) {
            log.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        log.append('\n').append(REQUESTS_HEADING).append('\n').append(RequestLogText.of(requests));
        String settingsText = settings != null && Files.isRegularFile(settings)
                ? Files.readString(settings, StandardCharsets.UTF_8) : "{}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(z, LOG, log.toString());
            put(z, SETTINGS, settingsText);
            put(z, ABOUT, about);
        }
        // written whole beside it, then moved in place: a failed save never leaves half a zip under the chosen name
        Path temp = zip.resolveSibling(zip.getFileName() + ".tmp");
        Files.write(temp, bytes.toByteArray());
        Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING);
        return zip;
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(SecretMasker.mask(text).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** badge-manager.4.log is the oldest of the rotation, .0 the newest. */
    private static List<Path> logFilesOldestFirst(Path logs) throws IOException {
        if (logs == null || !Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> found = new ArrayList<>(files
                    .filter(f -> f.getFileName().toString().matches("badge-manager\\.\\d+\\.log")).toList());
            found.sort(Comparator.comparingInt(DiagnosticsZip::generation).reversed());
            return found;
        }
    }

    private static int generation(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring("badge-manager.".length(), name.length() - ".log".length()));
    }
}
