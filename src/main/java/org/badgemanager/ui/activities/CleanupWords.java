package org.badgemanager.ui.activities;

import java.nio.file.Path;
import org.badgemanager.activities.CleanupPlan;
import org.badgemanager.activities.CleanupResult;
import org.badgemanager.ui.common.DisplayPaths;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;

/** The guided where-used run in the user's words: what it will do (the confirmation) and what it did (the report). */
final class CleanupWords {
    private final Messages messages;

    CleanupWords(Messages messages) {
        this.messages = messages;
    }

    String confirm(CleanupPlan plan, String code, Path backupFolder) {
        StringBuilder text = new StringBuilder();
        if (!plan.toClear().isEmpty()) {
            text.append(messages.get("whereUsed.confirm.clear", plan.toClear().size())).append("\n");
        }
        if (!plan.toDelete().isEmpty()) {
            text.append(messages.get("whereUsed.confirm.delete", plan.toDelete().size(),
                    DisplayPaths.of(backupFolder))).append("\n");
        }
        if (plan.completedLeft() > 0) {
            text.append(messages.get("whereUsed.confirm.completed", plan.completedLeft())).append("\n");
        }
        return text.append(messages.get("whereUsed.confirm.badge", code)).toString();
    }

    /** @param fresh a whole run (its deletes go to the Report tab), not a "Try again" of the last step */
    /** One report of the whole run: what was cleared, deleted and backed up, and what became of the badge. */
    String report(CleanupResult r) {
        StringBuilder text = new StringBuilder();
        if (!r.cleared().isEmpty() || !r.clearFailures().isEmpty()) {
            text.append(messages.get("whereUsed.report.cleared", r.cleared().size(), r.clearFailures().size()))
                    .append(" ");
        }
        if (r.deletion() != null) {
            text.append(messages.get("whereUsed.report.deleted", r.deleted(), r.plan().toDelete().size()))
                    .append(" ");
            if (r.backupFile() != null) {
                text.append(messages.get("whereUsed.report.backup", r.deletion().backedUp(),
                        r.backupFile().getFileName())).append(" ");
            }
        }
        String code = r.plan().badge().code();
        text.append(switch (r.ending()) {
            case BADGE_DELETED -> messages.get("whereUsed.report.BADGE_DELETED", code);
            case ACTIVITIES_LEFT -> messages.get("whereUsed.report.ACTIVITIES_LEFT", r.leftOpen(), code);
            case CANCELLED -> messages.get("whereUsed.report.CANCELLED", code);
            case RECYCLE_BIN -> messages.get("whereUsed.report.RECYCLE_BIN", code);
            case STILL_CARRIED -> messages.get("whereUsed.report.STILL_CARRIED", r.leftOpen(), code);
            case BADGE_FAILED -> messages.get("whereUsed.report.BADGE_FAILED", code,
                    ErrorMessage.of(r.badgeError(), messages).code());
        });
        return text.toString().strip();
    }
}
