package org.badgemanager.ui.activities;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.badgemanager.activities.Activity;

/**
 * One activity as a table row: texts worked out once (tables redraw often), and its check box. Owner and
 * responsible start as ids and turn into names when the {@link NameDirectory} has them ({@link #rename}).
 */
public final class ActivityRow {
    private final Activity activity;
    private final String type;
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper responsible = new ReadOnlyStringWrapper();
    private final String ownerIds;
    private final String responsibleId;
    private final String created;
    private final String completed;
    private final String badge;
    private final BooleanProperty checked = new SimpleBooleanProperty();

    public ActivityRow(Activity activity, ActivityLabels labels) {
        this(activity, labels, NameDirectory.empty());
    }

    /** Worded with the names known now; any thread (the row is not on screen yet). */
    public ActivityRow(Activity activity, ActivityLabels labels, NameDirectory names) {
        this.activity = activity;
        this.type = labels.type(activity);
        this.owner.set(labels.owner(activity, names));
        this.responsible.set(labels.user(activity.responsibleId(), names));
        this.ownerIds = labels.ownerIds(activity);
        this.responsibleId = labels.userId(activity.responsibleId());
        this.created = labels.created(activity.created());
        this.completed = labels.completed(activity.completed());
        this.badge = labels.badge(activity);
    }

    public long id() {
        return activity.id();
    }

    public Activity activity() {
        return activity;
    }

    public String subject() {
        return activity.subject();
    }

    public String type() {
        return type;
    }

    public String owner() {
        return owner.get();
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    /** The owner's type and id, shown in the tooltip whatever the cell shows. */
    public String ownerIds() {
        return ownerIds;
    }

    public String responsible() {
        return responsible.get();
    }

    public ReadOnlyStringProperty responsibleProperty() {
        return responsible.getReadOnlyProperty();
    }

    public String responsibleId() {
        return responsibleId;
    }

    /** FX thread: words owner and responsible again with the names known now. */
    void rename(ActivityLabels labels, NameDirectory names) {
        owner.set(labels.owner(activity, names));
        responsible.set(labels.user(activity.responsibleId(), names));
    }

    /**
     * The table filter: a query (already lower case) found in the subject, type, owner or responsible as shown,
     * or in their ids ("5", "#5"), so both "petrova" and "5" find Anna Petrova's rows.
     */
    public boolean matches(String query) {
        if (query.isEmpty()) {
            return true;
        }
        String id = query.startsWith("#") ? query.substring(1) : query;
        return contains(activity.subject(), query) || contains(type, query) || contains(owner.get(), query)
                || contains(badge, query)
                || contains(responsible.get(), query) || String.valueOf(activity.id()).equals(id)
                || String.valueOf(activity.ownerId()).equals(id) || String.valueOf(activity.responsibleId()).equals(id);
    }

    private static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }

    public String created() {
        return created;
    }

    public String completed() {
        return completed;
    }

    /** The badge code, a "candidate" mark where the portal did not tell, or empty. */
    public String badge() {
        return badge;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }
}
