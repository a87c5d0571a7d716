package org.badgemanager.ui.requests;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.diagnostics.DiagnosticsZip;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The Request log panel: every REST call of the session as it happens, each one copyable as a cURL command
 * (secrets masked unless revealed for that copy), and "Save diagnostics…" for a support ticket.
 */
public final class RequestLogViewModel {
    private final ObservableList<RequestLog.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<RequestLog.Entry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding copyExecutable = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().sent() != null, selected);
    private final BooleanBinding saveExecutable = busy.not();
    private final RequestLog log;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Messages messages;
    private final Sources sources;
    private final Consumer<RequestLog.Entry> watcher = e -> Platform.runLater(() -> add(e));

    /** Where the diagnostics come from: the log folder and the settings file (either may not exist). */
    public record Sources(Path logs, Path settings) {
    }

    public RequestLogViewModel(RequestLog log, TaskRunner tasks, Notifier notifier, DialogService dialogs,
                               Messages messages, Sources sources) {
        this.log = log;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sources = sources;
    }

    /** Shows what the log holds and follows it until {@link #stop()}. FX thread. */
    public void start() {
        log.unwatch(watcher);
        log.watch(watcher);
        entries.setAll(log.entries());
    }

    public void stop() {
        log.unwatch(watcher);
    }

    private void add(RequestLog.Entry entry) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).at().isAfter(entry.at())) {
            return; // already in from log.entries() at start
        }
        entries.add(entry);
        if (entries.size() > 2000) {
            entries.remove(0, entries.size() - 2000);
        }
    }

    /** The selected call as a cURL command; {@code reveal} puts the webhook code or token in, for this copy only. */
    public String curl(boolean reveal) {
        RequestLog.Entry entry = selected.get();
        return entry == null || entry.sent() == null ? "" : entry.sent().curl(reveal);
    }

    /** Asks where to save, then writes the zip off the FX thread. */
    public void saveDiagnostics() {
        if (busy.get()) {
            return;
        }
        String name = "badge-manager-diagnostics-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip";
        dialogs.chooseFileToSave(messages.get("requests.saveDiagnostics.title"), name, "zip").ifPresent(this::save);
    }

    private void save(Path zip) {
        List<RequestLog.Entry> calls = log.entries();
        tasks.run(() -> DiagnosticsZip.write(zip, sources.logs(), sources.settings(), calls, about()))
                .whileRunning(busy)
                .onSuccess(written -> notifier.showInfo(messages.get("requests.saveDiagnostics.done", written)))
                .onFailure(notifier::showError);
    }

    private static String about() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"))
                + "\n" + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\nLocale " + java.util.Locale.getDefault() + "\n";
    }

    public ObservableList<RequestLog.Entry> entries() {
        return entries;
    }

    public ObjectProperty<RequestLog.Entry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding copyExecutable() {
        return copyExecutable;
    }

    public BooleanBinding saveExecutable() {
        return saveExecutable;
    }
}
