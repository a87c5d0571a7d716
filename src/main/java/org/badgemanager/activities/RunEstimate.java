package org.badgemanager.activities;

import java.time.Duration;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.Pacing;

/**
 * What the portal's limits allow for the rest of a bulk run: the calls its phases make (a backup reads 50 records
 * per call with one list command, a delete runs 50 delete commands per batch), priced by the client's pacing.
 */
public final class RunEstimate {
    private RunEstimate() {
    }

    /** At least how long the {@code remainingIds} of {@code phase} ({@link BulkDeletion.Phase} name) take. */
    public static Duration left(Pacing pacing, String phase, int remainingIds) {
        int per = BitrixClient.MAX_BATCH_COMMANDS;
        int calls = (remainingIds + per - 1) / per;
        if (BulkDeletion.Phase.DELETE.name().equals(phase)) {
            return pacing.estimate("crm.activity.delete", per, calls);
        }
        return pacing.estimate("crm.activity.list", 1, calls);
    }
}
