package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.badgemanager.bitrix.Json;
import org.badgemanager.settings.AtomicFiles;

/**
 * One small JSON file in the data folder, read whole and written whole: atomically and synced, so that a kill
 * leaves the previous or the new content. Without a path it lives in memory (the built-in sandbox, tests).
 */
final class LocalJsonFile {
    private static final System.Logger LOG = System.getLogger(LocalJsonFile.class.getName());
    private final Path file;
    private ObjectNode inMemory = Json.object();
    /** The name this file was kept under when it could not be parsed, for the user to be told; null if never. */
    private volatile String keptAsideAs;

    LocalJsonFile(Path file) {
        this.file = file;
    }

    synchronized ObjectNode read() {
        if (file == null) {
            return inMemory.deepCopy();
        }
        if (!Files.exists(file)) {
            return Json.object();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException notText) {
            return moveAside(notText);
        } catch (IOException e) {
            // a file that cannot be read now (locked, no permission) is not a broken file: it is left where it is,
            // and the step that needed it fails instead of starting from an empty journal
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
        try {
            JsonNode node = Json.parse(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new IllegalArgumentException("not a JSON object");
        } catch (IllegalArgumentException broken) {
            return moveAside(broken);
        }
    }

    /** The file name it was kept under, once a read found it broken (and moved it aside); else empty. */
    java.util.Optional<String> keptAsideAs() {
        return java.util.Optional.ofNullable(keptAsideAs);
    }

    /** Kept aside, never overwritten: it may hold the only copy of a badge. */
    private ObjectNode moveAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException moveFailed) {
            throw new UncheckedIOException("Could not read or move aside " + file.getFileName(), moveFailed);
        }
        LOG.log(System.Logger.Level.WARNING, "Unreadable " + file.getFileName() + " (" + why.getMessage()
                + ") kept as " + aside.getFileName());
        keptAsideAs = aside.getFileName().toString();
        return Json.object();
    }

    synchronized void write(ObjectNode content) {
        if (file == null) {
            inMemory = content.deepCopy();
            return;
        }
        try {
            AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(content), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName(), e);
        }
    }
}
