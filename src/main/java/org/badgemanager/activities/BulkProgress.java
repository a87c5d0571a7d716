package org.badgemanager.activities;

/** Progress of a bulk run, reported after each batch. */
public record BulkProgress(int done, int total) {
}
