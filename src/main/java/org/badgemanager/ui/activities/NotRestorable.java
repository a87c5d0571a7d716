package org.badgemanager.ui.activities;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.activities.RestorePlan;
import org.badgemanager.ui.common.Messages;

/** What the checked records of a backup will not get back, in the user's words, said before the run. */
final class NotRestorable {
    private NotRestorable() {
    }

    static String describe(List<BackupsViewModel.RecordRow> all, List<BackupsViewModel.RecordRow> chosen,
                           Messages messages) {
        List<String> lines = new ArrayList<>();
        if (chosen.isEmpty()) {
            lines.add(messages.get("backups.notRestorable.none"));
        } else {
            lines.add(messages.get("backups.notRestorable.portal"));
            count(lines, chosen, "FILES", "backups.notRestorable.files", messages);
            count(lines, chosen, "ASSOCIATED_ENTITY_ID", "backups.notRestorable.associated", messages);
            count(lines, chosen, "SETTINGS", "backups.notRestorable.settings", messages);
            long open = chosen.stream().filter(r -> r.plan().changes().contains(RestorePlan.Change.EMAIL_LEFT_OPEN))
                    .count();
            if (open > 0) {
                lines.add(messages.get("backups.notRestorable.emailOpen", open));
            }
            lines.add(messages.get("backups.notRestorable.history"));
        }
        long refused = all.stream().filter(r -> r.plan().refused()).count();
        if (refused > 0) {
            lines.add(messages.get("backups.notRestorable.refused", refused));
        }
        return String.join("\n", lines);
    }

    private static void count(List<String> lines, List<BackupsViewModel.RecordRow> chosen, String field, String key,
                              Messages messages) {
        long n = chosen.stream().filter(r -> r.plan().lost().contains(field)).count();
        if (n > 0) {
            lines.add(messages.get(key, n));
        }
    }
}
