package org.badgemanager.activities;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.badgemanager.bitrix.BitrixException;

/**
 * Every chosen id exactly once, with its outcome; {@code stoppedBy} is the error that ended the run early
 * (auth lost, portal gone) and {@code cancelled} says the user stopped it. Ids after the stop are
 * {@link DeleteOutcome.Status#NOT_ATTEMPTED}.
 */
public record BulkDeleteReport(List<DeleteOutcome> outcomes, boolean cancelled, BitrixException stoppedBy,
                               int batchCalls) {

    public Map<DeleteOutcome.Status, Long> counts() {
        return outcomes.stream().collect(Collectors.groupingBy(DeleteOutcome::status,
                () -> new EnumMap<>(DeleteOutcome.Status.class), Collectors.counting()));
    }

    public long count(DeleteOutcome.Status status) {
        return counts().getOrDefault(status, 0L);
    }

    public List<Long> idsWith(DeleteOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).map(DeleteOutcome::id).toList();
    }
}
