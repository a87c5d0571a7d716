package org.badgemanager.ui.activities;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.activities.DeleteRunLog;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;

/** The report of a delete of everything a search found, as the report pane words it (from its log on disk). */
final class MatchingRuns {
    /** The report table lists at most this many ids that need attention; the log on disk has them all. */
    static final int REPORT_ROWS = 2_000;

    private MatchingRuns() {
    }

    record Finished(DeleteRunLog log, List<ReportRow> rows, BitrixException error) {
    }

    static String counts(DeleteRunLog log, ActivityLabels labels) {
        Map<Status, Long> counts = log.counts();
        String parts = counts.entrySet().stream()
                .map(e -> labels.messages().get("report.count." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(" \u00b7 "));
        return labels.messages().get("report.summary", log.done(), parts);
    }

    static String state(DeleteRunLog log, BitrixException error, Messages messages) {
        String state = switch (log.end()) {
            case FINISHED -> messages.get("report.state.finished");
            case CANCELLED -> messages.get("matching.state.cancelled");
            default -> messages.get("matching.state.stopped", error == null ? log.stopCode()
                    : ErrorMessage.of(error, messages).code());
        };
        return state + " " + messages.get("matching.state.file", log.file().getFileName());
    }
}
