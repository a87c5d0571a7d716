package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** After settling interrupted edits, the badge table reloads only when the portal's badges were changed. */
class ReconciledTest {
    @Test
    void onlyARepairThatTouchedThePortalMakesTheTableStale() {
        EnumSet<Reconciled.Result> stale = EnumSet.noneOf(Reconciled.Result.class);
        for (Reconciled.Result result : Reconciled.Result.values()) {
            if (new Reconciled(null, result, null).changedPortal()) {
                stale.add(result);
            }
        }
        assertThat(stale).containsExactlyInAnyOrder(Reconciled.Result.OLD_PUT_BACK, Reconciled.Result.NEW_KEPT);
    }
}
