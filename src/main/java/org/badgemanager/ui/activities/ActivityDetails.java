package org.badgemanager.ui.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.activities.Activity;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.NameLookup;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The selected activity ({@code crm.activity.get}) as labelled fields in the user's words, names with their ids
 * beside them; the raw record stays at hand as JSON ({@link #rawJsonProperty()}, "Copy as JSON").
 */
public final class ActivityDetails {
    /** One line of the details: what it is, what it says, and the ids behind it for the tooltip ("" if none). */
    public record Field(String key, String label, String value, String tip) {
    }

    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper rawJson = new ReadOnlyStringWrapper("");
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private NameDirectory names = NameDirectory.empty();
    private ActivityLabels labels;
    private ObjectNode record;
    private long shownId;

    ActivityDetails(TaskRunner tasks, Notifier notifier, Messages messages) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.labels = new ActivityLabels(messages);
    }

    void useNames(NameDirectory directory, ActivityLabels activityLabels) {
        names = directory;
        labels = activityLabels;
    }

    void show(ActivityRow row, ActivityService service) {
        if (row == null || service == null) {
            shownId = 0;
            record = null;
            fields.clear();
            rawJson.set("");
            text.set("");
            return;
        }
        long id = row.id();
        if (id == shownId) {
            return;
        }
        shownId = id;
        record = null;
        fields.clear();
        rawJson.set("");
        text.set(messages.get("details.loading", String.valueOf(id)));
        tasks.run(() -> service.get(id))
                .onSuccess(loaded -> {
                    if (shownId == id) {
                        record = loaded;
                        rawJson.set(loaded.toPrettyString());
                        text.set("");
                        render();
                        askNames(loaded);
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

    private void askNames(ObjectNode loaded) {
        NameDirectory asked = names;
        Activity a = Activity.fromJson(loaded);
        asked.fill(List.of(a.responsibleId(), loaded.path("AUTHOR_ID").asLong()),
                List.of(new NameLookup.Owner(a.ownerTypeId(), a.ownerId())), () -> {
                    if (record == loaded && asked == names) {
                        render();
                    }
                });
    }

    private void render() {
        ObjectNode r = record;
        Activity a = Activity.fromJson(r);
        List<Field> out = new ArrayList<>();
        add(out, "id", String.valueOf(a.id()), "");
        add(out, "subject", a.subject(), "");
        add(out, "type", labels.type(a), "TYPE_ID " + a.typeId()
                + (a.providerId().isEmpty() ? "" : ", PROVIDER_ID " + a.providerId()));
        String owner = names.owner(a.ownerTypeId(), a.ownerId()) == null ? labels.owner(a, names)
                : messages.get("details.withId", labels.owner(a, names), String.valueOf(a.ownerId()));
        add(out, "owner", owner, labels.ownerIds(a));
        add(out, "responsible", person(a.responsibleId()), labels.userId(a.responsibleId()));
        long author = r.path("AUTHOR_ID").asLong();
        if (author > 0) {
            add(out, "author", person(author), labels.userId(author));
        }
        date(out, r, "created", "CREATED");
        date(out, r, "start", "START_TIME");
        date(out, r, "end", "END_TIME");
        date(out, r, "deadline", "DEADLINE");
        date(out, r, "updated", "LAST_UPDATED");
        add(out, "completed", labels.completed(a.completed()), "");
        int direction = r.path("DIRECTION").asInt();
        if (direction == 1 || direction == 2) {
            add(out, "direction", messages.get("details.direction." + direction), "DIRECTION " + direction);
        }
        String badge = r.path("PROVIDER_PARAMS").path("badgeCode").asText("");
        if (!badge.isEmpty()) {
            add(out, "badge", badge, "PROVIDER_PARAMS.badgeCode");
        }
        add(out, "description", r.path("DESCRIPTION").asText(""), "");
        fields.setAll(out);
    }

    private String person(long userId) {
        String name = names.user(userId);
        return name == null ? labels.responsible(userId) : messages.get("details.withId", name, String.valueOf(userId));
    }

    private void date(List<Field> out, ObjectNode r, String key, String field) {
        JsonNode value = r.get(field);
        if (value != null && !value.isNull() && !value.asText().isBlank()) {
            add(out, key, labels.created(value.asText()), field + " " + value.asText());
        }
    }

    private void add(List<Field> out, String key, String value, String tip) {
        out.add(new Field(key, messages.get("details.label." + key), value, tip));
    }

    /** The labelled fields of the shown record; empty while loading or with nothing selected. */
    public ObservableList<Field> fields() {
        return fields;
    }

    /** "Loading…" or "could not be read" while there are no fields to show; "" otherwise. */
    public StringProperty textProperty() {
        return text;
    }

    /** The record as the portal sent it, pretty-printed; "" when none is shown. */
    public ReadOnlyStringProperty rawJsonProperty() {
        return rawJson.getReadOnlyProperty();
    }
}
