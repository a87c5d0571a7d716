package org.badgemanager.ui.common;

import java.nio.file.Path;
import org.badgemanager.badges.Badge;

/** Questions the app asks the user; a view model uses this interface, tests answer with a fake. */
public interface DialogService {

    /**
     * Asks to confirm a destructive action; true when the user agreed. {@code preview}, when given, is drawn
     * as a chip so the user sees exactly which badge is meant.
     */
    boolean confirm(String title, String header, String content, Badge preview);

    /**
     * Asks for a file to open, starting in {@code folder}; null when the user cancelled. {@code kind} names the
     * files offered (e.g. "JSON"), {@code pattern} matches them ("*.json").
     */
    default Path chooseFileToOpen(String title, Path folder, String kind, String pattern) {
        return null;
    }
}
