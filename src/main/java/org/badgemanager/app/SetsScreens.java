package org.badgemanager.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.badgemanager.badges.Badge;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.badges.BadgesViewModel;
import javafx.stage.Window;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.FxDialogService;
import org.badgemanager.ui.common.FxNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.notices.NoticeHistory;
import org.badgemanager.ui.sets.CompareViewModel;
import org.badgemanager.ui.sets.PlanViewModel;
import org.badgemanager.ui.sets.SetExport;
import org.badgemanager.ui.sets.SetsPanel;
import org.badgemanager.ui.sets.SideChoice;
import org.badgemanager.ui.sets.SideLoader;

/**
 * Badge sets in the window (issue 15): Export, Import, Compare and Copy to another portal, composed here so that
 * {@link MainWindow} only wires its menu to them. The Compare window is a panel beside the main window, opened once;
 * asked again (another Import), it takes the new sides.
 */
final class SetsScreens {
    static final String PANEL_ID = "setsPanel";
    private final AppServices services;
    private final Windows windows;
    private final Messages messages;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Supplier<PortalSession> session;
    private final BadgesViewModel badges;
    private final NoticeHistory history;
    private final SetExport export;
    private CompareViewModel open;
    private PlanViewModel openPlan;
    private Notifier openNotifier;
    private long toldBusyAt = System.nanoTime() - BUSY_NOTE_GAP_NANOS - 1;
    private static final long BUSY_NOTE_GAP_NANOS = 6_000_000_000L;

    SetsScreens(AppServices services, Windows windows, Messages messages, Notifier notifier, DialogService dialogs,
                Supplier<PortalSession> session, BadgesViewModel badges, NoticeHistory history) {
        this.services = services;
        this.windows = windows;
        this.messages = messages;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.session = session;
        this.badges = badges;
        this.history = history;
        this.export = new SetExport(services.tasks(), notifier, dialogs, messages);
    }

    void exportAll(SetExport.Format format) {
        export.exportAll(session.get(), format);
    }

    void exportSelected(List<Badge> selected) {
        PortalSession current = session.get();
        if (current != null) {
            export.exportSelected(current.displayName(), selected, SetExport.Format.JSON);
        }
    }

    /** A file on the left, the connected portal on the right: what applying the file would change. */
    void importFile() {
        dialogs.chooseFileToOpen(messages.get("sets.import.chooser"), null, messages.get("sets.import.kind"),
                "*.json;*.csv").ifPresent(this::importFile);
    }

    void importFile(java.nio.file.Path file) {
        PortalSession current = session.get();
        openCompare(new SideChoice.File(file),
                current == null ? null : new SideChoice.Connected(current.displayName()), false);
    }

    /** The connected portal on the left; the right side is the user's to pick. */
    void compare() {
        PortalSession current = session.get();
        openCompare(current == null ? null : new SideChoice.Connected(current.displayName()), null, false);
    }

    /** The selected badges on the left, another portal on the right; straight to the plan once compared. */
    void copyToAnotherPortal(List<Badge> selected) {
        PortalSession current = session.get();
        if (current == null || selected.isEmpty()) {
            return;
        }
        openCompare(new SideChoice.Selection(current.displayName(), selected), null, true);
    }

    /** Reads the saved profiles off the FX thread, then opens (or reuses) the window with these sides. */
    private void openCompare(SideChoice left, SideChoice right, boolean pickOnlyOtherPortal) {
        if (applying()) {
            // a new comparison would take the window from under the plan being applied: it stays until it ends
            show();
            // once while it shows (an information note goes after a few seconds), not once per click
            long now = System.nanoTime();
            if (now - toldBusyAt > BUSY_NOTE_GAP_NANOS) {
                toldBusyAt = now;
                openNotifier.showNote(messages.get("sets.busy.title"), messages.get("sets.busy.applying"));
            }
            return;
        }
        PortalSession current = session.get();
        services.tasks().run(() -> services.connections().profiles()).onSuccess(profiles -> {
            List<SideChoice> options = new ArrayList<>();
            if (current != null) {
                options.add(new SideChoice.Connected(current.displayName()));
            }
            String currentId = current == null ? null : current.request().profileId();
            List<SideChoice> others = new ArrayList<>();
            for (Profile p : profiles) {
                if (!p.id().equals(currentId)) {
                    others.add(new SideChoice.SavedProfile(p));
                }
            }
            options.addAll(others);
            SideChoice target = right;
            if (target == null && pickOnlyOtherPortal && others.size() == 1) {
                target = others.get(0); // one other portal: nothing to choose
            }
            if (applying()) {
                return; // an apply started while the profiles were read
            }
            CompareViewModel model = show();
            model.offer(options);
            model.start(left, target);
            if (target == null && others.isEmpty()) {
                model.tell(messages.get("sets.hint.noProfiles"));
            } else if (target == null) {
                model.tell(messages.get("sets.hint.chooseRight"));
            }
        }).onFailure(notifier::showError);
    }

    private boolean applying() {
        return openPlan != null && openPlan.runningProperty().get() && windows.isOpen(PANEL_ID);
    }

    private CompareViewModel show() {
        if (open != null && windows.isOpen(PANEL_ID)) {
            windows.panel(PANEL_ID, messages.get("sets.title"), close -> null, 0, 0, () -> { }); // to the front
            return open;
        }
        // questions and messages of the window go over it, not over the main window behind it
        Window[] panel = new Window[1];
        Notifier inPanel = new FxNotifier(() -> panel[0], messages, history);
        DialogService askInPanel = new FxDialogService(() -> panel[0], messages);
        SideLoader loader = new SideLoader(session, services.connections());
        CompareViewModel compare = new CompareViewModel(services.tasks(), inPanel, askInPanel, messages, loader);
        PlanViewModel plan = new PlanViewModel(services.tasks(), inPanel, askInPanel, messages,
                services.dirs().data().resolve("badge-sets"),
                org.badgemanager.locks.PortalLocks.in(services.dirs().data()));
        plan.onApplied(() -> {
            PortalSession current = session.get();
            var target = compare.loadedRightProperty().get();
            if (current != null && target != null && target.portal() == current) {
                badges.refresh(); // the badge table shows what the plan left on the connected portal
            }
        });
        open = compare;
        openPlan = plan;
        openNotifier = inPanel;
        panel[0] = windows.panel(PANEL_ID, messages.get("sets.title"),
                close -> new SetsPanel(compare, plan, messages).root(), 1060, 640, compare::cancel);
        return compare;
    }
}
