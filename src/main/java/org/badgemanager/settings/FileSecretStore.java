package org.badgemanager.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.badgemanager.bitrix.Json;

/**
 * Secrets in a JSON file only its owner can read ({@code rw-------}), written atomically. Used where no OS
 * keyring can be reached; the file never holds anything but secrets, so settings can be shared safely.
 */
public final class FileSecretStore implements SecretStore {
    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() { };
    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    public static FileSecretStore in(AppDirs dirs) {
        return new FileSecretStore(dirs.config().resolve("secrets.json"));
    }

    @Override
    public synchronized Map<String, String> load(String profileId) {
        return readAll().getOrDefault(profileId, Map.of());
    }

    @Override
    public synchronized void save(String profileId, Map<String, String> secrets) {
        Map<String, Map<String, String>> all = readAll();
        all.put(profileId, new LinkedHashMap<>(secrets));
        writeAll(all);
    }

    @Override
    public synchronized void delete(String profileId) {
        Map<String, Map<String, String>> all = readAll();
        if (all.remove(profileId) != null) {
            writeAll(all);
        }
    }

    @Override
    public String kind() {
        return "file";
    }

    private Map<String, Map<String, String>> readAll() {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Map<String, String>> all = Json.mapper().readValue(file.toFile(), TYPE);
            return all == null ? new LinkedHashMap<>() : new LinkedHashMap<>(all);
        } catch (IOException e) {
            // The user enters the secrets again; the unreadable file is kept aside, never overwritten by the
            // next save, so nothing in it is lost for good.
            moveAside();
            return new LinkedHashMap<>();
        }
    }

    private void moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
        } catch (IOException moveFailed) {
            throw new UncheckedIOException("The secrets file is unreadable and could not be moved aside", moveFailed);
        }
    }

    private void writeAll(Map<String, Map<String, String>> all) {
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsString(all), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save secrets", e);
        }
    }
}
