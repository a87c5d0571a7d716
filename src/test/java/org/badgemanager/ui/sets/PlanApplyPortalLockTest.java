package org.badgemanager.ui.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.badgemanager.locks.PortalLockHolder;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.testutil.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's Apply while another process (a second window, a command) holds the target portal's lock: refused
 * with the message that says so, nothing sent; once that process is killed the same Apply runs.
 */
class PlanApplyPortalLockTest {
    private final SetsRig rig = new SetsRig();

    PlanApplyPortalLockTest() throws Exception {
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void applyIsRefusedWhileAnotherProcessHoldsTheTargetAndRunsOnceItIsKilled() throws Exception {
        Path data = rig.home.resolve("data");
        CompareViewModel compare = rig.compare();
        compare.start(new SideChoice.Connected("Sandbox"), new SideChoice.SavedProfile(rig.production));
        LoadedSide target = compare.loadedRightProperty().get();
        PlanViewModel plan = new PlanViewModel(rig.tasks, rig.notifier, rig.dialogs, rig.messages, rig.backups,
                PortalLocks.in(data));
        plan.show(compare.plan(), target.portal(), "Production");

        try (ChildJvm other = ChildJvm.start(PortalLockHolder.class, rig.home, data.toString(),
                PortalLocks.keyOf(target.portal().client()))) {
            other.awaitLine("HELD", Duration.ofSeconds(60));
            rig.target.clearRequests();

            plan.apply();

            assertThat(rig.target.requests()).as("nothing sent to the target").isEmpty();
            assertThat(rig.notifier.errors).extracting(e -> e.description()).containsExactly(
                    "Another Badge Manager window or command is changing this portal right now; wait for it to finish.");
            assertThat(plan.summaryProperty().get()).isEqualTo(
                    "Another Badge Manager window or command is changing this portal right now; wait for it to finish.");
            assertThat(rig.target.badges()).isEmpty();
            other.kill();
        }

        plan.apply();

        assertThat(rig.target.badges()).hasSize(rig.source.badges().size());
    }
}
