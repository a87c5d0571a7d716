package org.badgemanager.activities;

import java.nio.file.Path;
import java.util.List;
import org.badgemanager.bitrix.BitrixException;

/**
 * How the guided flow ended, in one report: the badges cleared, the delete run (with its backup), and what
 * happened to the badge itself.
 *
 * @param clearFailures activities whose badge could not be cleared, with the portal's error
 * @param deletion      the backup-and-delete run; null when nothing was to be deleted or it never started
 * @param badgeError    the portal's refusal of the badge delete, when {@code ending} is not BADGE_DELETED
 * @param leftOpen      open activities still known to carry the badge after the run
 */
public record CleanupResult(CleanupPlan plan, List<Long> cleared, List<Failure> clearFailures,
                            BulkDeletion.Result deletion, Ending ending, BitrixException badgeError, int leftOpen) {

    public enum Ending {
        /** The badge is gone. */
        BADGE_DELETED,
        /** Some carriers could not be cleared or deleted, so the badge delete was not tried. */
        ACTIVITIES_LEFT,
        /** Stopped by the user before the badge delete. */
        CANCELLED,
        /** No live activity carries it, yet the portal refuses: deleted ones wait in the CRM recycle bin. */
        RECYCLE_BIN,
        /** The portal refuses and live activities still carry it (new ones since the search). */
        STILL_CARRIED,
        /** The badge delete failed for another reason. */
        BADGE_FAILED
    }

    public record Failure(long id, String code, String description) {
    }

    public Path backupFile() {
        return deletion == null ? null : deletion.backupFile();
    }

    public long deleted() {
        return deletion == null ? 0 : deletion.report().count(DeleteOutcome.Status.DELETED);
    }

    public CleanupResult withBadgeOutcome(Ending newEnding, BitrixException error, int open) {
        return new CleanupResult(plan, cleared, clearFailures, deletion, newEnding, error, open);
    }
}
