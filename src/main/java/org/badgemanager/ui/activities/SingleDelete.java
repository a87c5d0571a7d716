package org.badgemanager.ui.activities;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/** Deleting the one activity of a row (context menu, Delete key): confirm, delete, say how it went. */
final class SingleDelete {
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final ActivityLabels labels;
    private final Messages messages;
    private final BooleanProperty busy;
    private final Consumer<List<Long>> onDeleted;

    SingleDelete(TaskRunner tasks, Notifier notifier, DialogService dialogs, ActivityLabels labels,
                 BooleanProperty busy, Consumer<List<Long>> onDeleted) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.labels = labels;
        this.messages = labels.messages();
        this.busy = busy;
        this.onDeleted = onDeleted;
    }

    void delete(ActivityRow row, ActivityService service) {
        long id = row.id();
        if (!dialogs.confirm(messages.get("single.confirm.title"), messages.get("single.confirm.header", String.valueOf(id)),
                messages.get("single.confirm.content", row.subject(), row.type(), row.owner()), null)) {
            return;
        }
        tasks.run(() -> {
            service.delete(id);
            return id;
        })
                .whileRunning(busy)
                .onSuccess(deleted -> {
                    onDeleted.accept(List.of(deleted));
                    notifier.showInfo(messages.get("single.done", String.valueOf(deleted)));
                })
                .onFailure(error -> notifier.showError(explain(id, error)));
    }

    /**
     * Legacy CRM methods send no code, so the popup names the outcome in words (not found, created by an app…)
     * and keeps the portal's description.
     */
    private ErrorMessage explain(long id, Throwable error) {
        if (!(error instanceof BitrixException e)) {
            return ErrorMessage.of(error, messages);
        }
        DeleteOutcome outcome = DeleteOutcome.failed(id, e);
        if (outcome.status() == DeleteOutcome.Status.FAILED) {
            return ErrorMessage.of(e, messages);
        }
        return new ErrorMessage(ErrorMessage.of(e, messages).code(), e.description(), labels.explanation(outcome, false));
    }
}
