package org.badgemanager.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.badgemanager.badges.Badge;

/**
 * Questions the app asks the user; a view model uses this interface, tests answer with a fake. The view model
 * decides where files go: it asks here and gets a path back, or nothing when the user cancelled.
 */
public interface DialogService {

    /**
     * Asks to confirm a destructive action; true when the user agreed. Cancel is the default button: Enter never
     * confirms a delete. {@code preview}, when given, is drawn as a chip so the user sees which badge is meant.
     */
    boolean confirm(String title, String header, String content, Badge preview);

    /**
     * As {@link #confirm}, for a delete too big to confirm with one key: the confirm button enables only once the
     * user has typed {@code count}. (The default, for fakes written as a lambda, asks as {@link #confirm} does.)
     */
    default boolean confirmByTyping(String title, String header, String content, long count) {
        return confirm(title, header, content, null);
    }

    /** A folder, starting in {@code initial} when it exists; empty when the user cancelled. */
    default Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }

    /**
     * A file to write, suggested as {@code suggestedName}; {@code extension} like "csv" or "zip"; empty when the
     * user cancelled.
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        return Optional.empty();
    }

    /**
     * A file to open, starting in {@code folder}; empty when the user cancelled. {@code kind} names the files
     * offered (e.g. "JSON"), {@code pattern} matches them ("*.json", or several as "*.json;*.csv").
     */
    default Optional<Path> chooseFileToOpen(String title, Path folder, String kind, String pattern) {
        return Optional.empty();
    }
}
