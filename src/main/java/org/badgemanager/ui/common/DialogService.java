package org.badgemanager.ui.common;

import org.badgemanager.badges.Badge;

/** Questions the app asks the user; a view model uses this interface, tests answer with a fake. */
public interface DialogService {

    /**
     * Asks to confirm a destructive action; true when the user agreed. {@code preview}, when given, is drawn
     * as a chip so the user sees exactly which badge is meant.
     */
    boolean confirm(String title, String header, String content, Badge preview);
}
