package org.badgemanager.ui.activities;

import org.badgemanager.activities.DeleteOutcome;

/** One id of a bulk-delete report as the report table and the CSV show it. */
public record ReportRow(long id, DeleteOutcome.Status status, String outcome, String code, String explanation) {

    public static ReportRow of(DeleteOutcome o, boolean cancelled, ActivityLabels labels) {
        return new ReportRow(o.id(), o.status(), labels.outcome(o.status()), labels.code(o),
                labels.explanation(o, cancelled));
    }
}
