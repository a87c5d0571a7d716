package org.badgemanager.ui.common;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/** ControlsFX notification popups, always owned by the main window so they sit inside it. */
public final class FxNotifier implements Notifier {
    private static final Duration SUCCESS_VISIBLE = Duration.seconds(6);
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxNotifier(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(Throwable error) {
        showError(ErrorMessage.of(error, messages));
    }

    @Override
    public void showError(ErrorMessage message) {
        popup("error-notification", message.code(), message.description() + "\n" + message.advice(),
                Duration.INDEFINITE).showError();
    }

    @Override
    public void showError(ErrorMessage message, String actionText, Runnable action) {
        popup("error-notification", message.code(), message.description() + "\n" + message.advice(),
                Duration.INDEFINITE).action(new Action(actionText, e -> action.run())).showError();
    }

    @Override
    public void showInfo(String message) {
        popup("info-notification", messages.get("notification.done"), message, SUCCESS_VISIBLE).showInformation();
    }

    @Override
    public void showInfo(String message, String actionText, Runnable action) {
        popup("info-notification", messages.get("notification.done"), message, SUCCESS_VISIBLE)
                .action(new Action(actionText, e -> action.run()))
                .showInformation();
    }

    private Notifications popup(String styleClass, String title, String text, Duration visible) {
        return Notifications.create()
                .owner(owner.get())
                .position(Pos.BOTTOM_RIGHT)
                .styleClass(styleClass)
                .title(title)
                .text(text)
                .hideAfter(visible);
    }
}
