package org.badgemanager.ui.common;

import java.time.Instant;
import java.util.function.Supplier;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.ui.notices.Notice;
import org.badgemanager.ui.notices.NoticeHistory;
import org.badgemanager.ui.notices.NotificationLayer;

/**
 * Notifications drawn inside the window the user is looking at ({@link NotificationLayer}): the owner, or the
 * dialog open over it, so a dialog's message appears in that dialog, above its buttons. Every notice also goes to
 * the session's {@link NoticeHistory} (the Messages panel).
 */
public final class FxNotifier implements Notifier {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final NoticeHistory history;

    public FxNotifier(Supplier<Window> owner, Messages messages, NoticeHistory history) {
        this.owner = owner;
        this.messages = messages;
        this.history = history;
    }

    @Override
    public void showError(Throwable error) {
        showError(ErrorMessage.of(error, messages));
    }

    @Override
    public void showError(ErrorMessage message) {
        show(new Notice(Instant.now(), Notice.Kind.ERROR, message.code(), message.description(), message.advice()),
                null, null);
    }

    @Override
    public void showError(ErrorMessage message, String actionText, Runnable action) {
        show(new Notice(Instant.now(), Notice.Kind.ERROR, message.code(), message.description(), message.advice()),
                actionText, action);
    }

    @Override
    public void showInfo(String message) {
        show(info(message), null, null);
    }

    @Override
    public void showInfo(String message, String actionText, Runnable action) {
        show(info(message), actionText, action);
    }

    @Override
    public void showNote(String title, String message) {
        show(new Notice(Instant.now(), Notice.Kind.INFO, title, message, ""), null, null);
    }

    private Notice info(String message) {
        return new Notice(Instant.now(), Notice.Kind.INFO, messages.get("notification.done"), message, "");
    }

    private void show(Notice notice, String actionText, Runnable action) {
        history.add(notice);
        Window window = owner.get();
        NotificationLayer layer = NotificationLayer.of(dialogOver(window));
        if (layer == null && window != null && window.getScene() != null) {
            layer = NotificationLayer.install(window.getScene(), labels(messages));
        }
        if (layer != null) {
            layer.show(notice, actionText, action);
        }
    }

    /**
     * A showing modal dialog of ours over {@code window} (one with a notification layer), else the window itself:
     * the panels beside the window (Messages, Request log) are not where its messages belong.
     */
    private static Window dialogOver(Window window) {
        for (Window w : Window.getWindows()) {
            if (w != window && w.isShowing() && w instanceof Stage s && s.getOwner() == window
                    && s.getModality() != Modality.NONE && NotificationLayer.of(s) != null) {
                return s;
            }
        }
        return window;
    }

    public static NotificationLayer.Labels labels(Messages messages) {
        return new NotificationLayer.Labels(messages.get("notices.dismiss"));
    }
}
