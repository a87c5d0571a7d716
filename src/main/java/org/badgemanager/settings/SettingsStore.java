package org.badgemanager.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.badgemanager.bitrix.Json;

/**
 * Loads and saves {@link Settings} as JSON, atomically. A file that cannot be read at all is moved aside (kept
 * for the user) and the app starts with empty settings; {@link #lastProblem()} says so. A single profile that
 * cannot be read is skipped ({@link #skippedProfiles()}) and its entry is written back unchanged by every save,
 * so nothing the user had is dropped before they act on it.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final String PROFILES = "profiles";
    private final Path file;
    private volatile String lastProblem;
    private volatile List<SkippedProfile> skipped = List.of();
    private List<JsonNode> keptAsWritten = List.of();

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
        skipped = List.of();
        keptAsWritten = List.of();
        if (!Files.exists(file)) {
            return Settings.empty();
        }
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IOException("The settings file holds no JSON object");
            }
            ObjectNode whole = (ObjectNode) root;
            JsonNode entries = whole.get(PROFILES);
            if (entries != null && !entries.isNull() && !entries.isArray()) {
                throw new IOException("The profiles are not a list");
            }
            ProfileEntries profiles = ProfileEntries.read(entries instanceof ArrayNode list ? list : Json.array());
            whole.remove(PROFILES);
            Settings rest = Json.mapper().treeToValue(whole, Settings.class);
            remember(profiles);
            return new Settings(profiles.readable(), rest.lastProfileId(), rest.uiLanguage(), rest.window(),
                    rest.theme(), rest.startWithLastPortal());
        } catch (IOException | RuntimeException e) {
            return moveAside();
        }
    }

    private void remember(ProfileEntries profiles) {
        skipped = List.copyOf(profiles.skipped());
        keptAsWritten = List.copyOf(profiles.keptAsWritten());
        for (SkippedProfile s : skipped) {
            LOG.log(System.Logger.Level.WARNING, "Saved profile " + s.label() + " could not be read (" + s.problem()
                    + "); it is not listed and stays in the settings file unchanged");
        }
    }

    private Settings moveAside() {
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

    /** Writes the settings, with the entries of skipped profiles after the others, exactly as they were read. */
    public synchronized void save(Settings settings) throws IOException {
        ObjectNode root = Json.mapper().valueToTree(settings);
        ArrayNode profiles = (ArrayNode) root.get(PROFILES);
        keptAsWritten.forEach(entry -> profiles.add(entry.deepCopy()));
        AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), false);
    }

    /** The name the unreadable file was moved to, or null. */
    public String lastProblem() {
        return lastProblem;
    }

    /** The profiles the last {@link #load()} skipped; empty when all could be read. */
    public List<SkippedProfile> skippedProfiles() {
        return skipped;
    }
}
