package org.badgemanager.ui.sets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.session.PortalSession;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * Export in the window: every badge of the connected portal (read from it afresh) or the ones selected in the
 * table, to a badge-set JSON file or the translators' CSV. The user picks the file; the writing runs off the FX
 * thread and replaces the file whole, so a failed export never leaves half a file.
 */
public final class SetExport {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;

    public SetExport(TaskRunner tasks, Notifier notifier, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Every badge of the portal, as it holds them now. */
    public void exportAll(PortalSession session, Format format) {
        if (session == null || busy.get()) {
            return;
        }
        chooseFile(session.displayName(), format).ifPresent(file -> run(file, format,
                () -> session.badges().list()));
    }

    /** The badges selected in the table, as the table shows them. */
    public void exportSelected(String portalName, List<Badge> selected, Format format) {
        if (selected.isEmpty() || busy.get()) {
            return;
        }
        List<Badge> copy = List.copyOf(selected);
        chooseFile(portalName, format).ifPresent(file -> run(file, format, () -> copy));
    }

    private Optional<Path> chooseFile(String portalName, Format format) {
        String name = "badges-" + safeName(portalName) + "-" + LocalDate.now() + "." + format.extension;
        return dialogs.chooseFileToSave(messages.get("sets.export.chooser." + format.name()), name,
                format.extension);
    }

    /** The whole set as JSON, or its texts as CSV for translators; the file's ending tells the core which. */
    public enum Format {
        JSON("json"),
        CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The chosen file, with this format's ending when the user typed another (or none). */
        Path named(Path file) {
            String name = file.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                    : file.resolveSibling(name + "." + extension);
        }
    }

    private void run(Path chosen, Format format, java.util.concurrent.Callable<List<Badge>> badges) {
        Path file = format.named(chosen);
        tasks.run(() -> {
            List<Badge> list = badges.call();
            BadgeSetFiles.write(BadgeSet.of(list), file);
            return list.size();
        }).whileRunning(busy)
                .onSuccess(count -> notifier.showInfo(messages.get("sets.export.done", count, file.getFileName())))
                .onFailure(notifier::showError);
    }

    /** A portal's name as part of a file name: letters, digits, dots and dashes. */
    static String safeName(String portalName) {
        String safe = portalName == null ? "" : portalName.replaceAll("[^\\p{L}\\p{N}.-]+", "-")
                .replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "portal" : safe;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
