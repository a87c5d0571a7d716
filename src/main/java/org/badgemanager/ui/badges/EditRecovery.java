package org.badgemanager.ui.badges;

import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.EditReconciler;
import org.badgemanager.badges.Reconciled;
import org.badgemanager.badges.ReplaceResult;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * On connect, settles what an interrupted run left in the portal's journal ({@link EditReconciler}) and tells the
 * user in words what had happened and what was done.
 */
public final class EditRecovery {
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;

    public EditRecovery(TaskRunner tasks, Notifier notifier, Messages messages) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** Settles off the FX thread, then tells, then runs {@code thenShow} (the badge table loads after). */
    public void settle(BadgeService service, Runnable thenShow) {
        tasks.run(() -> new EditReconciler(service).reconcile())
                .onSuccess(settled -> {
                    settled.forEach(r -> tell(service, r, thenShow));
                    thenShow.run();
                })
                .onFailure(error -> {
                    notifier.showError(error);
                    thenShow.run();
                });
    }

    private void tell(BadgeService service, Reconciled r, Runnable thenShow) {
        switch (r.result()) {
            case OLD_PUT_BACK -> notifier.showInfo(describe(r), messages.get("recovery.OLD_PUT_BACK.action"),
                    () -> applyAgain(service, r, thenShow));
            case CHANGED_ELSEWHERE -> notifier.showError(new ErrorMessage(messages.get("recovery.code.attention"),
                    describe(r), messages.get("recovery.CHANGED_ELSEWHERE.advice")));
            case NOT_SETTLED -> notifier.showError(new ErrorMessage(messages.get("recovery.code.attention"),
                    describe(r), messages.get("recovery.NOT_SETTLED.advice")));
            default -> notifier.showInfo(describe(r));
        }
    }

    /** What the user is told about one settled entry, in the UI language. */
    public String describe(Reconciled r) {
        String code = r.edit().old().code();
        return switch (r.result()) {
            case NEW_KEPT -> messages.get("recovery.NEW_KEPT", code, r.edit().updated().code());
            case NOT_SETTLED -> messages.get("recovery.NOT_SETTLED", code,
                    ErrorMessage.of(r.failure(), messages).code());
            default -> messages.get("recovery." + r.result().name(), code);
        };
    }

    /** "Apply my changes": the edit the user had saved, done again now that the old badge is back. */
    private void applyAgain(BadgeService service, Reconciled r, Runnable thenShow) {
        tasks.run(() -> service.replace(r.edit().old(), r.edit().updated()))
                .onSuccess(result -> {
                    thenShow.run();
                    if (result.outcome() == ReplaceResult.Outcome.REPLACED) {
                        notifier.showInfo(messages.get("editor.replaced", result.current().code()));
                    } else {
                        notifier.showError(result.addFailure());
                    }
                })
                .onFailure(notifier::showError);
    }
}
