package org.badgemanager.ui.activities;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;

/** The lines above the report table: counts by outcome, and how the last run ended. */
final class ReportSummary {
    private ReportSummary() {
    }

    static String counts(Collection<ReportRow> rows, ActivityLabels labels) {
        Map<Status, Long> counts = rows.stream().collect(Collectors.groupingBy(ReportRow::status,
                () -> new EnumMap<>(Status.class), Collectors.counting()));
        String parts = counts.entrySet().stream()
                .map(e -> labels.messages().get("report.count." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(" \u00b7 "));
        return labels.messages().get("report.summary", rows.size(), parts);
    }

    static String state(BulkDeleteReport r, int retryable, Messages messages) {
        long untouched = r.count(Status.NOT_ATTEMPTED);
        String state;
        if (r.cancelled()) {
            state = messages.get("report.state.cancelled", untouched);
        } else if (r.stoppedBy() != null) {
            state = messages.get("report.state.stopped", ErrorMessage.of(r.stoppedBy(), messages).code(), untouched);
        } else {
            state = messages.get("report.state.finished");
        }
        return retryable > 0 ? state + " " + messages.get("report.state.retry", retryable) : state;
    }
}
