package org.badgemanager.ui.activities;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.badgemanager.activities.Activity;

/** One activity as a table row: texts worked out once (tables redraw often), and its check box. */
public final class ActivityRow {
    private final Activity activity;
    private final String type;
    private final String owner;
    private final String responsible;
    private final String created;
    private final String completed;
    private final String badge;
    private final BooleanProperty checked = new SimpleBooleanProperty();

    public ActivityRow(Activity activity, ActivityLabels labels) {
        this.activity = activity;
        this.type = labels.type(activity);
        this.owner = labels.owner(activity);
        this.responsible = labels.responsible(activity.responsibleId());
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
        return owner;
    }

    public String responsible() {
        return responsible;
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
