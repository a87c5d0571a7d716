package org.badgemanager.activities;

import org.badgemanager.bitrix.BitrixException;

/**
 * The portal's answers that stop a run at once, even when they come back for one command of a batch:
 * {@code OVERLOAD_LIMIT} (REST blocked for the portal, "contact support") and {@code OPERATION_TIME_LIMIT} (the
 * method blocked for everyone until its time budget frees up). Carrying on would only add refused calls.
 */
final class PortalBlocks {
    private PortalBlocks() {
    }

    /** The error itself when it is such a block, else null. */
    static BitrixException of(BitrixException error) {
        return error.is("OVERLOAD_LIMIT") || error.is("OPERATION_TIME_LIMIT") ? error : null;
    }
}
