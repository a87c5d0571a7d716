package org.badgemanager.ui.common;

/** Tells the user how work ended: errors stay until dismissed, successes go by themselves. */
public interface Notifier {

    void showError(Throwable error);

    /** An error explained in the app's own words, with the portal's code kept for reference. */
    void showError(ErrorMessage message);

    void showInfo(String message);

    /** An error with one way forward (e.g. "Where is it used?"); without support for actions, the plain error. */
    default void showError(ErrorMessage message, String actionText, Runnable action) {
        showError(message);
    }

    /**
     * Information that is not a success ("not now, because …"), under its own {@code title}; goes by itself like a
     * success. Without support for titles, the plain information.
     */
    default void showNote(String title, String message) {
        showInfo(message);
    }

    /** A success with one action, such as Undo. */
    void showInfo(String message, String actionText, Runnable action);
}
