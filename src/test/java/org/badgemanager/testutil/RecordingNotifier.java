package org.badgemanager.testutil;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;

/** Records what the user would have been told, in the words the popup would use. */
public final class RecordingNotifier implements Notifier {
    public final List<ErrorMessage> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<Runnable> actions = new ArrayList<>();
    private final Messages messages;

    public RecordingNotifier(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void showError(Throwable error) {
        errors.add(ErrorMessage.of(error, messages));
    }

    @Override
    public void showError(ErrorMessage message) {
        errors.add(message);
    }

    @Override
    public void showError(ErrorMessage message, String actionText, Runnable action) {
        errors.add(message);
        actions.add(action);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public void showInfo(String message, String actionText, Runnable action) {
        infos.add(message);
        actions.add(action);
    }

    public List<String> errorCodes() {
        return errors.stream().map(ErrorMessage::code).toList();
    }
}
