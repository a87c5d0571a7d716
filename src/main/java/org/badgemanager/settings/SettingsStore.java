package org.badgemanager.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.badgemanager.bitrix.Json;

/**
 * Loads and saves {@link Settings} as JSON, atomically. A file that cannot be read is moved aside (kept for
 * the user) and the app starts with empty settings; {@link #lastProblem()} says so.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private final Path file;
    private volatile String lastProblem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore in(AppDirs dirs) {
        return new SettingsStore(dirs.config().resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    public synchronized Settings load() {
        if (!Files.exists(file)) {
            return Settings.empty();
        }
        try {
            Settings settings = Json.mapper().readValue(file.toFile(), Settings.class);
            return settings == null ? Settings.empty() : settings;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(System.Logger.Level.WARNING, "Could not move the unreadable settings aside", moveFailed);
            }
            lastProblem = aside.getFileName().toString();
            LOG.log(System.Logger.Level.WARNING, "Settings were unreadable and were moved to " + aside);
            return Settings.empty();
        }
    }

    public synchronized void save(Settings settings) throws IOException {
        AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(settings), false);
    }

    /** The name the unreadable file was moved to, or null. */
    public String lastProblem() {
        return lastProblem;
    }
}
