package org.badgemanager.settings;

/**
 * A saved profile that could not be read and is not listed. Its entry stays in the settings file as it was
 * (see {@link SettingsStore}), so that fixing the file by hand or a newer version can still use it.
 *
 * @param label    what names it for the user: its name, else its id, else its place in the list ("#2")
 * @param problem  why it was skipped
 */
public record SkippedProfile(String label, Problem problem) {

    public enum Problem {
        /** Not a JSON object, or a field of the wrong type. */
        MALFORMED,
        NO_ID,
        /** Two entries with the same id: the first one is used. */
        DUPLICATE_ID,
        NO_KIND,
        /** A kind this version does not know (e.g. written by a newer one). */
        UNKNOWN_KIND,
        /** The name, or a field its kind needs (webhook address, OAuth addresses or client id), is missing. */
        INCOMPLETE
    }
}
