package org.badgemanager.ui.activities;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.ui.common.Messages;

/** The search filters of {@code crm.activity.list} an admin needs, and the {@link ActivityFilter} they make. */
public final class ActivitySearchForm {
    private final List<Choice<Integer>> ownerTypes;
    private final List<Choice<Integer>> types;
    private final List<Choice<Boolean>> completedChoices;
    private final ObjectProperty<Choice<Integer>> ownerType = new SimpleObjectProperty<>();
    private final StringProperty ownerId = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Integer>> type = new SimpleObjectProperty<>();
    private final StringProperty providerId = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Boolean>> completed = new SimpleObjectProperty<>();
    private final StringProperty responsibleId = new SimpleStringProperty("");
    /** A badge code: the search then finds the activities that carry it (the other filters do not apply). */
    private final StringProperty badge = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final StringBinding problem;
    private final Messages messages;

    public ActivitySearchForm(Messages messages) {
        this.messages = messages;
        ownerTypes = List.of(any(), owner(1), owner(2), owner(3), owner(4));
        types = List.of(any(), type(1), type(2), type(3), type(4), type(5), type(6));
        completedChoices = List.of(new Choice<>(null, messages.get("filter.any")),
                new Choice<>(Boolean.FALSE, messages.get("filter.completed.open")),
                new Choice<>(Boolean.TRUE, messages.get("filter.completed.done")));
        ownerType.set(ownerTypes.get(0));
        type.set(types.get(0));
        completed.set(completedChoices.get(0));
        problem = Bindings.createStringBinding(this::findProblem, ownerId, responsibleId, createdFrom, createdTo);
    }

    /** The filter, or null while a field holds something the portal cannot take. */
    public ActivityFilter toFilter() {
        if (!problem.get().isEmpty()) {
            return null;
        }
        return new ActivityFilter(valueOf(ownerType.get()), number(ownerId.get()), valueOf(type.get()),
                providerId.get().isBlank() ? null : providerId.get().strip(), valueOf(completed.get()),
                number(responsibleId.get()),
                createdFrom.get() == null ? null : createdFrom.get() + "T00:00:00",
                createdTo.get() == null ? null : createdTo.get() + "T23:59:59");
    }

    /** What is wrong with the filters, or "" when they can be sent. */
    private String findProblem() {
        if (!isIdOrEmpty(ownerId.get())) {
            return messages.get("filter.problem.ownerId");
        }
        if (!isIdOrEmpty(responsibleId.get())) {
            return messages.get("filter.problem.responsibleId");
        }
        if (createdFrom.get() != null && createdTo.get() != null && createdFrom.get().isAfter(createdTo.get())) {
            return messages.get("filter.problem.dates");
        }
        return "";
    }

    private static boolean isIdOrEmpty(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.matches("[1-9]\\d{0,17}");
    }

    private static <T> T valueOf(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    private static Long number(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private Choice<Integer> any() {
        return new Choice<>(null, messages.get("filter.any"));
    }

    private Choice<Integer> owner(int id) {
        return new Choice<>(id, messages.get("activity.ownerType." + id));
    }

    private Choice<Integer> type(int id) {
        return new Choice<>(id, messages.get("activity.type." + id));
    }

    public List<Choice<Integer>> ownerTypes() {
        return ownerTypes;
    }

    public List<Choice<Integer>> types() {
        return types;
    }

    public List<Choice<Boolean>> completedChoices() {
        return completedChoices;
    }

    public ObjectProperty<Choice<Integer>> ownerTypeProperty() {
        return ownerType;
    }

    public StringProperty ownerIdProperty() {
        return ownerId;
    }

    public ObjectProperty<Choice<Integer>> typeProperty() {
        return type;
    }

    public StringProperty providerIdProperty() {
        return providerId;
    }

    public ObjectProperty<Choice<Boolean>> completedProperty() {
        return completed;
    }

    public StringProperty responsibleIdProperty() {
        return responsibleId;
    }

    public StringProperty badgeProperty() {
        return badge;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    /** "" when the filters can be sent, else what to fix. */
    public StringBinding problem() {
        return problem;
    }

    /** Picks the owner type by its CRM id (1 lead … 4 company); null for any. */
    public void chooseOwnerType(Integer ownerTypeId) {
        ownerTypes.stream().filter(c -> java.util.Objects.equals(c.value(), ownerTypeId)).findFirst()
                .ifPresent(ownerType::set);
    }
}
