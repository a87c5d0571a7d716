package org.badgemanager.ui.activities;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.badgemanager.activities.Activity;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.ui.common.Messages;

/** Activities and delete outcomes in the user's words: type and owner names, dates, what an outcome means. */
public final class ActivityLabels {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;

    public ActivityLabels(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public String type(Activity a) {
        String key = "activity.type." + a.typeId();
        String name = messages.has(key) ? messages.get(key) : messages.get("activity.type.other", a.typeId());
        return a.typeId() == 6 && !a.providerId().isEmpty() ? name + " \u00b7 " + a.providerId() : name;
    }

    public String owner(Activity a) {
        String key = "activity.owner." + a.ownerTypeId();
        return messages.has(key) ? messages.get(key, String.valueOf(a.ownerId()))
                : messages.get("activity.owner.other", a.ownerTypeId(), String.valueOf(a.ownerId()));
    }

    public String responsible(long userId) {
        return messages.get("activity.user", String.valueOf(userId));
    }

    /** "Deal: Office chairs for ACME" when the name is known; "Deal #13 (deleted or no access)" when the portal had none. */
    public String owner(Activity a, NameDirectory names) {
        String name = names.owner(a.ownerTypeId(), a.ownerId());
        if (name != null) {
            return messages.get("activity.ownerNamed." + a.ownerTypeId(), name);
        }
        return names.ownerMissing(a.ownerTypeId(), a.ownerId()) ? messages.get("activity.owner.missing", owner(a))
                : owner(a);
    }

    /** "Anna Petrova" when known, else "User 5". */
    public String user(long userId, NameDirectory names) {
        String name = names.user(userId);
        return name != null ? name : responsible(userId);
    }

    /** The ids behind a named owner, for its tooltip: "Deal #4 (OWNER_TYPE_ID 2, OWNER_ID 4)". */
    public String ownerIds(Activity a) {
        return messages.get("activity.owner.ids", owner(a), a.ownerTypeId(), String.valueOf(a.ownerId()));
    }

    /** "User ID 5", for tooltips and details. */
    public String userId(long userId) {
        return messages.get("activity.user.id", String.valueOf(userId));
    }

    /** The portal's ISO time with offset, shown as the portal wrote it (its own time zone). */
    public String created(String iso) {
        try {
            return OffsetDateTime.parse(iso).format(SHOWN);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public String completed(boolean completed) {
        return messages.get(completed ? "activity.completed.yes" : "activity.completed.no");
    }

    /** The badge of an app activity; a candidate mark when the portal did not send PROVIDER_PARAMS. */
    public String badge(Activity a) {
        return a.badgeKnown() ? a.badgeCode() : messages.get("activities.badge.candidate");
    }

    public String outcome(DeleteOutcome.Status status) {
        return messages.get("outcome." + status.name());
    }

    /** One sentence on what happened to this id and, where it helps, what to do. */
    public String explanation(DeleteOutcome outcome, boolean cancelled) {
        return switch (outcome.status()) {
            case FAILED -> messages.get("outcome.FAILED.explain", code(outcome), outcome.description());
            case NOT_ATTEMPTED -> messages.get(cancelled ? "outcome.NOT_ATTEMPTED.cancelled"
                    : "outcome.NOT_ATTEMPTED.stopped");
            default -> messages.get("outcome." + outcome.status().name() + ".explain");
        };
    }

    /** The code as the portal sent it; legacy CRM methods send none. */
    public String code(DeleteOutcome outcome) {
        return outcome.code() == null ? "" : outcome.code().isEmpty() ? messages.get("error.noCode") : outcome.code();
    }
}
