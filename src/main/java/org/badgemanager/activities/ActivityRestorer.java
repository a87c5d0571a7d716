package org.badgemanager.activities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;

/**
 * Re-creates backed-up activities by their {@link RestorePlan}s, 50 adds per {@code batch}, every record reported
 * exactly once. An add is not idempotent: a batch whose answer is lost (or replaced by a proxy's page) makes its
 * records {@code UNKNOWN} and ends the run; nothing is ever sent twice, in this run or a later one: the backup's
 * {@link RestoreLog} holds every record sent, written before its batch goes out, and a record an earlier run
 * restored (or sent without a kept answer) is reported from the log, not sent. Cancelling stops between batches.
 */
public final class ActivityRestorer {

    /** Every record once; {@code stoppedBy} is the error that ended the run early, if any. */
    public record Report(List<RestoreOutcome> outcomes, boolean cancelled, BitrixException stoppedBy) {
        public long count(RestoreOutcome.Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }
    }

    private final BitrixClient client;

    public ActivityRestorer(BitrixClient client) {
        this.client = client;
    }

    /**
     * @throws UncheckedIOException if the log cannot be written; the batch it was to record is not sent, and what
     *                              was sent before is in the log
     */
    public Report restore(List<RestorePlan> plans, RestoreLog log, BooleanSupplier cancelled,
                          Consumer<BulkProgress> progress) {
        List<RestoreOutcome> outcomes = new ArrayList<>(plans.size());
        List<RestorePlan> toSend = new ArrayList<>();
        for (RestorePlan plan : plans) {
            if (plan.refused()) {
                outcomes.add(RestoreOutcome.refused(plan));
            } else if (log.settled(plan.oldId())) {
                outcomes.add(log.restoredAs(plan.oldId()).map(newId -> RestoreOutcome.restored(plan, newId))
                        .orElseGet(() -> RestoreOutcome.unknown(plan, "", "An earlier run sent it and kept no answer.")));
            } else {
                toSend.add(plan);
            }
        }
        try {
            return send(toSend, outcomes, log, cancelled, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the restore log " + log.file().getFileName()
                    + " beside the backup; nothing more was sent", e);
        }
    }

    private Report send(List<RestorePlan> toSend, List<RestoreOutcome> outcomes, RestoreLog log,
                        BooleanSupplier cancelled, Consumer<BulkProgress> progress) throws IOException {
        for (int i = 0; i < toSend.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
            List<RestorePlan> chunk = toSend.subList(i, Math.min(toSend.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
            if (cancelled.getAsBoolean()) {
                return stop(outcomes, toSend.subList(i, toSend.size()), true, null);
            }
            List<BatchCommand> commands = new ArrayList<>();
            chunk.forEach(plan -> commands.add(new BatchCommand(name(plan), plan.method(), plan.params())));
            log.sending(chunk.stream().map(RestorePlan::oldId).toList());
            int before = outcomes.size();
            BatchResponse response;
            try {
                response = client.batch(commands, false);
            } catch (BitrixException e) {
                List<RestorePlan> rest = toSend.subList(i, toSend.size());
                if (e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE)) {
                    chunk.forEach(plan -> outcomes.add(RestoreOutcome.unknown(plan, e.code(), e.description())));
                    rest = toSend.subList(i + chunk.size(), toSend.size());
                } else {
                    chunk.forEach(plan -> outcomes.add(RestoreOutcome.notAttempted(plan)));
                    rest = toSend.subList(i + chunk.size(), toSend.size());
                }
                log.answered(outcomes.subList(before, outcomes.size()));
                boolean byUser = e.is(BitrixException.CANCELLED);
                return stop(outcomes, rest, byUser, byUser ? null : e);
            }
            for (RestorePlan plan : chunk) {
                BitrixException error = response.errors().get(name(plan));
                var result = response.results().get(name(plan));
                if (error != null) {
                    outcomes.add(RestoreOutcome.failed(plan, error.code(), error.description()));
                } else if (result != null && result.canConvertToLong() && result.asLong() > 0) {
                    outcomes.add(RestoreOutcome.restored(plan, result.asLong()));
                } else if (result != null) {
                    // ran, but no id came back: it may exist; never added again
                    outcomes.add(RestoreOutcome.unknown(plan, BitrixException.UNEXPECTED_RESPONSE,
                            "The portal answered without the new id."));
                } else {
                    outcomes.add(RestoreOutcome.notAttempted(plan));
                }
            }
            log.answered(outcomes.subList(before, outcomes.size()));
            progress.accept(new BulkProgress(i + chunk.size(), toSend.size()));
        }
        return new Report(List.copyOf(outcomes), false, null);
    }

    private static Report stop(List<RestoreOutcome> done, List<RestorePlan> rest, boolean cancelled,
                               BitrixException stoppedBy) {
        List<RestoreOutcome> outcomes = new ArrayList<>(done);
        rest.forEach(plan -> outcomes.add(RestoreOutcome.notAttempted(plan)));
        return new Report(List.copyOf(outcomes), cancelled, stoppedBy);
    }

    private static String name(RestorePlan plan) {
        return "r" + plan.oldId();
    }
}
