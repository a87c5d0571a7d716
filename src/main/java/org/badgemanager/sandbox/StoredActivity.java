package org.badgemanager.sandbox;

/**
 * An activity as a list sees it while scanning: its id, who may see it and its fields by name. A full
 * {@link ActivityRecord} (with a JSON tree) is built only for the rows a list returns.
 */
interface StoredActivity extends FieldReader {

    long id();

    ActivityAccess access();

    /** The full record; for a compact row a new, detached one (changes to it are not kept). */
    ActivityRecord record();

    /** This row as an object that stays valid after the scan moved on (a scan may reuse one cursor object). */
    default StoredActivity stable() {
        return this;
    }
}
