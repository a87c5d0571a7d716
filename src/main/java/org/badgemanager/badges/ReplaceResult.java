package org.badgemanager.badges;

import org.badgemanager.bitrix.BitrixException;

/**
 * How an edit ended. Bitrix24 has no update, so an edit is delete + add; when the add fails the old badge is
 * put back. {@link Outcome#RESTORE_FAILED} keeps the old badge here so the app can still re-create it.
 */
public record ReplaceResult(Outcome outcome, Badge current, BitrixException addFailure,
                            BitrixException restoreFailure) {

    public enum Outcome {
        /** The new version is on the portal. */
        REPLACED,
        /** The new version was refused; the old one is back on the portal. */
        ROLLED_BACK,
        /** The new version was refused and putting the old one back failed too: {@code current} holds it. */
        RESTORE_FAILED
    }
}
