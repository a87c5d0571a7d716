package org.badgemanager.ui.activities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BadgeCarrierSearch;
import org.badgemanager.activities.BadgeCarriers;
import org.badgemanager.activities.BadgeCleanup;
import org.badgemanager.activities.CleanupPlan;
import org.badgemanager.activities.CleanupResult;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * "Where is this badge used?" above the activity table: what the search found (exact carriers, or candidates with
 * a plain note), and the one guided flow that frees the badge (clear where this app made the activity, else back
 * up and delete) and deletes it, ending in one report; "Try again" when the recycle bin still holds it.
 */
public final class WhereUsedViewModel {
    private final ReadOnlyStringWrapper badgeCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exact = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tryAgainOffered = new ReadOnlyBooleanWrapper();
    /** The flow deleted the badge shown: nothing is left to run for it. */
    private final ReadOnlyBooleanWrapper badgeGone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CleanupResult.Ending> ending = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canCleanUp;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<Path> backupFolder;
    private final BulkDeleteViewModel bulk;
    private final CleanupWords words;
    private Consumer<String> onBadgeDeleted = code -> { };
    private Runnable searchAgain = () -> { };
    private BitrixClient client;
    private ActivityService activities;
    private BadgeService badges;
    private String portal;
    private BadgeCarriers carriers;
    private CleanupResult last;
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    WhereUsedViewModel(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages, Clock clock,
                       BulkDeleteViewModel bulk) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.bulk = bulk;
        this.words = new CleanupWords(messages);
        this.backupFolder = () -> bulk.backupFolderProperty().get();
        canCleanUp = exact.and(running.not()).and(bulk.runningProperty().not()).and(badgeCode.isNotEmpty())
                .and(badgeGone.not());
    }

    /** The session's client and services; null when disconnected. */
    public void connect(BitrixClient portalClient, ActivityService activityService, BadgeService badgeService,
                        String portalName) {
        client = portalClient;
        activities = activityService;
        badges = badgeService;
        portal = portalName;
        clear();
    }

    /** Told when the flow deleted the badge, so the badge table drops it. */
    public void onBadgeDeleted(Consumer<String> listener) {
        onBadgeDeleted = listener;
    }

    void onSearchAgain(Runnable search) {
        searchAgain = search;
    }

    /** The search for this connection; null when not connected. Called on a worker. */
    BadgeCarrierSearch search() {
        return client == null ? null : new BadgeCarrierSearch(client, ownClientId() != null);
    }

    /** The OAuth app's client id of this connection (null for a webhook): it may clear the badges it set. */
    private String ownClientId() {
        return client != null && client.connection() instanceof OAuthConnection app ? app.clientId() : null;
    }

    void clear() {
        badgeCode.set("");
        summary.set("");
        note.set("");
        outcome.set("");
        progress.set("");
        exact.set(false);
        tryAgainOffered.set(false);
        badgeGone.set(false);
        ending.set(null);
        carriers = null;
        last = null;
    }

    /** What the search found, worded for the bar above the table. */
    void show(BadgeCarriers found) {
        boolean sameBadge = found.badgeCode().equals(badgeCode.get());
        carriers = found;
        badgeCode.set(found.badgeCode());
        exact.set(found.isExact());
        if (!sameBadge) {
            outcome.set("");
            tryAgainOffered.set(false);
            badgeGone.set(false);
            ending.set(null);
            last = null;
        }
        int open = found.blocking().size();
        summary.set(found.exact().isEmpty() && found.isExact()
                ? messages.get("whereUsed.none", found.badgeCode())
                : messages.get("whereUsed.found", found.badgeCode(), found.exact().size(), open,
                        found.completed().size()));
        if (!found.isExact()) {
            note.set(messages.get(ownClientId() == null ? "whereUsed.candidates.webhook" : "whereUsed.candidates.app",
                    found.candidates().size(), found.badgeCode()));
        } else {
            note.set("");
        }
    }

    /** Confirms what will happen, then runs the whole flow off the FX thread. */
    public void cleanUp() {
        if (!canCleanUp.get() || carriers == null || badges == null) {
            return;
        }
        CleanupPlan plan = CleanupPlan.of(null, carriers, ownClientId());
        String code = carriers.badgeCode();
        if (!dialogs.confirm(messages.get("whereUsed.confirm.title"), messages.get("whereUsed.confirm.header", code),
                words.confirm(plan, code, backupFolder.get()), null)) {
            return;
        }
        BadgeCleanup cleanup = cleanupForSession();
        BadgeService badgeService = badges;
        Path folder = backupFolder.get();
        String portalName = portal;
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        BitrixClient from = client;
        outcome.set("");
        tryAgainOffered.set(false);
        org.badgemanager.locks.PortalLocks locks = bulk.locks();
        tasks.run(sink -> {
            // refused before the first call while another window or command changes this portal
            try (org.badgemanager.locks.PortalLocks.Hold held = locks.hold(from)) {
                return cleanup.run(plan.withBadge(badgeService.get(code)), folder, portalName, cancel::get,
                        (phase, done, all) -> sink.update(all == 0 ? 1 : (double) done / all,
                                messages.get("bulk.progress." + phase.name(), done, all)));
            }
        })
                .whileRunning(running)
                .reportTo(new javafx.beans.property.SimpleDoubleProperty(), progress)
                .onSuccess(result -> {
                    if (from == client) { // not a run for a portal the window has since left
                        finished(result, true);
                    }
                })
                .onFailure(error -> {
                    if (from == client) {
                        failed(error);
                    }
                });
    }

    /** Stops the run after the batch in flight (a batch the portal runs cannot be called back); no badge delete. */
    public void cancel() {
        cancelFlag.set(true);
    }

    /** The last step again: after the admin erased the recycle bin in the portal. */
    public void tryAgain() {
        if (last == null || running.get()) {
            return;
        }
        BadgeCleanup cleanup = cleanupForSession();
        CleanupResult before = last;
        BitrixClient from = client;
        outcome.set("");
        org.badgemanager.locks.PortalLocks locks = bulk.locks();
        tasks.run(() -> {
            try (org.badgemanager.locks.PortalLocks.Hold held = locks.hold(from)) {
                return cleanup.deleteBadge(before);
            }
        })
                .whileRunning(running)
                .onSuccess(result -> {
                    if (from == client) {
                        finished(result, false);
                    }
                })
                .onFailure(error -> {
                    if (from == client) {
                        failed(error);
                    }
                });
    }

    private BadgeCleanup cleanupForSession() {
        return new BadgeCleanup(client, activities, badges, search(), clock);
    }

    private void finished(CleanupResult result, boolean fresh) {
        last = result;
        ending.set(result.ending());
        progress.set("");
        if (fresh && result.deletion() != null) {
            bulk.present(result.deletion(), activities);
        }
        outcome.set(words.report(result));
        tryAgainOffered.set(result.ending() == CleanupResult.Ending.RECYCLE_BIN);
        String code = result.plan().badge().code();
        switch (result.ending()) {
            case BADGE_DELETED -> {
                badgeGone.set(true);
                onBadgeDeleted.accept(code);
                notifier.showInfo(messages.get("whereUsed.done.deleted", code));
            }
            case BADGE_FAILED -> notifier.showError(result.badgeError());
            default -> { }
        }
        searchAgain.run(); // the table then shows what still carries the badge
    }

    private void failed(Throwable error) {
        progress.set("");
        Throwable cause = error instanceof UncheckedIOException u ? u.getCause() : error;
        if (cause instanceof IOException io) {
            outcome.set(messages.get("whereUsed.report.backupFailed"));
            notifier.showError(new ErrorMessage(messages.get("bulk.backupFailed.code"), String.valueOf(io.getMessage()),
                    messages.get("bulk.backupFailed.advice")));
            return;
        }
        if (error instanceof org.badgemanager.locks.PortalBusyException) {
            outcome.set(messages.get(org.badgemanager.locks.PortalBusyException.MESSAGE_KEY)); // nothing was done
            notifier.showError(error);
            return;
        }
        outcome.set(messages.get("whereUsed.report.failed", ErrorMessage.of(error, messages).code()));
        notifier.showError(error);
        searchAgain.run();
    }

    public ReadOnlyStringProperty badgeCodeProperty() {
        return badgeCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The candidates note; empty when every carrier is known. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The report of the last run; empty before one. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tryAgainOfferedProperty() {
        return tryAgainOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CleanupResult.Ending> endingProperty() {
        return ending.getReadOnlyProperty();
    }

    public BooleanBinding canCleanUp() {
        return canCleanUp;
    }
}
