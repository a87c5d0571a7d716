package org.badgemanager.badges;

import org.badgemanager.bitrix.BitrixException;

/**
 * How one unfinished journal entry was settled against the portal.
 *
 * @param failure why it could not be settled (for {@link Result#NOT_SETTLED}), else null
 */
public record Reconciled(PendingEdit edit, Result result, BitrixException failure) {

    public enum Result {
        /** The edit had gone through: the portal holds the new version (a leftover old one was removed). */
        NEW_KEPT,
        /** The edit had not started on the portal: the old version is there, unchanged. */
        OLD_KEPT,
        /** The old version had been deleted and the new one never arrived: the old one was put back. */
        OLD_PUT_BACK,
        /** Another badge now has that code: left alone; the old version went to Recently deleted. */
        CHANGED_ELSEWHERE,
        /** The interrupted delete had run: the badge is in Recently deleted. */
        DELETE_DONE,
        /** The interrupted delete had not run: the badge is still on the portal. */
        DELETE_NOT_DONE,
        /** The portal could not be asked or refused the repair: the entry stays for the next connect. */
        NOT_SETTLED
    }
}
