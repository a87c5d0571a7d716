package org.badgemanager.ui.badges;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.RecentlyDeleted;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/** The Recently deleted list of the connected portal (kept on this computer) and its Restore command. */
public final class RecentlyDeletedViewModel {
    private final ObservableList<RecentlyDeleted.Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BadgeService service;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private final Consumer<Badge> onRestored;

    public RecentlyDeletedViewModel(BadgeService service, TaskRunner tasks, Notifier notifier, Messages messages,
                                    Consumer<Badge> onRestored) {
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.onRestored = onRestored;
    }

    /** Reads the list off the FX thread (it is a file). */
    public void load() {
        tasks.run(() -> service.safetyNet().recentlyDeleted().entries())
                .whileRunning(busy)
                .onSuccess(entries::setAll)
                .onFailure(notifier::showError);
    }

    /** Adds the badge to the portal again; it leaves the list. */
    public void restore(RecentlyDeleted.Entry entry) {
        if (entry == null || busy.get()) {
            return;
        }
        tasks.run(() -> service.restoreDeleted(entry.badge()))
                .whileRunning(busy)
                .onSuccess(added -> {
                    entries.remove(entry);
                    onRestored.accept(added);
                    notifier.showInfo(messages.get("delete.undone", added.code()));
                })
                .onFailure(notifier::showError);
    }

    public ObservableList<RecentlyDeleted.Entry> entries() {
        return entries;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
