package org.badgemanager.ui.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.bitrix.Json;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/** The full record of the selected activity ({@code crm.activity.get}), one field per line. */
public final class ActivityDetails {
    private final StringProperty text = new SimpleStringProperty("");
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private long shownId;

    ActivityDetails(TaskRunner tasks, Notifier notifier, Messages messages) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
    }

    void show(ActivityRow row, ActivityService service) {
        if (row == null || service == null) {
            shownId = 0;
            text.set("");
            return;
        }
        long id = row.id();
        if (id == shownId) {
            return;
        }
        shownId = id;
        text.set(messages.get("details.loading", String.valueOf(id)));
        tasks.run(() -> service.get(id))
                .onSuccess(record -> {
                    if (shownId == id) {
                        text.set(format(record));
                    }
                })
                .onFailure(error -> {
                    if (shownId == id) {
                        text.set(messages.get("details.failed", String.valueOf(id)));
                        notifier.showError(error);
                    }
                });
    }

    void clear() {
        show(null, null);
    }

    static String format(ObjectNode record) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            JsonNode value = field.getValue();
            sb.append(field.getKey()).append(": ")
                    .append(value.isNull() ? "" : value.isValueNode() ? value.asText() : Json.write(value))
                    .append('\n');
        }
        return sb.toString();
    }

    public StringProperty textProperty() {
        return text;
    }
}
