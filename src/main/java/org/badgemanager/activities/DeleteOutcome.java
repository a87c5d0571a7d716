package org.badgemanager.activities;

import org.badgemanager.bitrix.BitrixException;

/** What happened to one activity in a (bulk) delete. */
public record DeleteOutcome(long id, Status status, String code, String description) {

    /** {@code UNKNOWN}: the batch was sent but its answer was lost, so the portal may or may not have run it. */
    public enum Status { DELETED, NOT_FOUND, ACCESS_DENIED, APP_CONTEXT_REQUIRED, FAILED, UNKNOWN, NOT_ATTEMPTED }

    public static DeleteOutcome deleted(long id) {
        return new DeleteOutcome(id, Status.DELETED, null, null);
    }

    public static DeleteOutcome unknown(long id, BitrixException lostAnswer) {
        return new DeleteOutcome(id, Status.UNKNOWN, lostAnswer.code(), lostAnswer.description());
    }

    public static DeleteOutcome notAttempted(long id, String reason) {
        return new DeleteOutcome(id, Status.NOT_ATTEMPTED, null, reason);
    }

    /**
     * Legacy CRM methods answer with an empty code and put the meaning in the description, so the
     * description decides here (and only for an empty code).
     */
    public static DeleteOutcome failed(long id, BitrixException e) {
        Status status = Status.FAILED;
        if (e.code().isEmpty()) {
            if (e.descriptionStartsWith("Activity is not found") || e.descriptionStartsWith("Not found")) {
                status = Status.NOT_FOUND;
            } else if (e.descriptionStartsWith("Access denied")) {
                status = Status.ACCESS_DENIED;
            } else if (e.descriptionStartsWith("Application context required")) {
                status = Status.APP_CONTEXT_REQUIRED;
            }
        } else if (e.is("NOT_FOUND")) {
            status = Status.NOT_FOUND;
        } else if (e.is("ACCESS_DENIED")) {
            status = Status.ACCESS_DENIED;
        }
        return new DeleteOutcome(id, status, e.code(), e.description());
    }
}
