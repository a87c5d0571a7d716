package org.badgemanager.activities;

import java.util.List;
import org.badgemanager.sandbox.RecordedRequest;

/** The wire helpers of {@link MatchingDeletionTest}, for tests in other packages. */
public final class MatchingDeletionTestAccess {
    private MatchingDeletionTestAccess() {
    }

    /** The ids of the crm.activity.delete commands inside these recorded batches, in order. */
    public static List<Long> deleteIdsSent(List<RecordedRequest> batches) {
        return MatchingDeletionTest.deleteIdsSent(batches);
    }
}
