package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes changing one portal: a real second process runs {@code apply} and is held mid-run by the portal;
 * meanwhile a command of this process on the same portal is refused with exit 4 and sends nothing. Once the other
 * process is killed (SIGKILL: no clean-up of its own runs), the OS has let its lock go and the same command runs.
 */
class PortalLockAcrossProcessesTest {
    private static final Duration STEP_LIMIT = Duration.ofSeconds(60);
    private static final org.badgemanager.reliability.ReliabilityRows ROWS =
            org.badgemanager.reliability.ReliabilityRows.of(PortalLockAcrossProcessesTest.class);
    private static int proven;

    @org.junit.jupiter.api.AfterAll
    static void report() {
        if (proven == 1) {
            ROWS.add("Process killed or quit", "Two processes changing one portal: a real child process applies a "
                    + "badge set (held in the portal mid-run) while this one runs apply and delete-activities on the "
                    + "same portal; then the child is killed (SIGKILL)", 3, "the second process's commands exit 4 with "
                    + "\"Another Badge Manager window or command is changing this portal right now\" and send nothing; "
                    + "after the kill the lock is free and the same apply runs", "", 0);
        }
    }

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());
    @TempDir
    Path home;

    private SandboxPortal portal() {
        return sandbox.portal();
    }

    private CliRun cli() {
        return new CliRun(home).env("HOOK", portal().webhookUrl());
    }

    private Path withNewBadge(String code) throws Exception {
        Path file = home.resolve(code + ".json");
        CliRun.Result exported = cli().run("export", "--webhook-env", "HOOK", "-o", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCodes.DONE);
        List<Badge> badges = new ArrayList<>(BadgeSetFiles.read(file).badges());
        badges.add(new Badge(code, LocalizedText.of("New " + code), LocalizedText.of("Yes"), BadgeType.PRIMARY));
        BadgeSetFiles.write(BadgeSet.of(badges), file);
        return file;
    }

    @Test
    void whileAnotherProcessAppliesToThePortalThisOneIsRefusedAndAfterItIsKilledTheLockIsFree() throws Exception {
        Path theirs = withNewBadge("fromOtherProcess");
        Path ours = withNewBadge("fromThisProcess");
        // the other process's apply waits in the portal at its batch of adds, its lock held
        CallHold hold = portal().faults().holdNext("batch", false, STEP_LIMIT);

        try (ChildJvm other = ChildJvm.start(CliChild.class, home, home.toString(), portal().webhookUrl(),
                "apply", "--webhook-env", "HOOK", "--yes", theirs.toString())) {
            assertThat(hold.awaitArrival(STEP_LIMIT)).as("the other process reached the portal: " + other.said())
                    .isTrue();
            portal().clearRequests();

            CliRun.Result apply = cli().run("apply", "--webhook-env", "HOOK", "--yes", ours.toString());
            CliRun.Result delete = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "1");

            assertThat(apply.exitCode()).as(apply.all()).isEqualTo(ExitCodes.PORTAL_BUSY);
            assertThat(apply.err()).contains("Another Badge Manager window or command is changing this portal "
                    + "right now; wait for it to finish.");
            assertThat(apply.out()).isEmpty();
            assertThat(delete.exitCode()).as(delete.all()).isEqualTo(ExitCodes.PORTAL_BUSY);
            assertThat(portal().requests()).as("the refused commands sent nothing").isEmpty();
            // reading is not changing: a dry run still works beside the other process
            assertThat(cli().run("apply", "--webhook-env", "HOOK", "--dry-run", ours.toString()).exitCode())
                    .isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);

            other.kill();
        }
        hold.releaseWithoutRunning();

        CliRun.Result after = cli().run("apply", "--webhook-env", "HOOK", "--yes", ours.toString());

        assertThat(after.exitCode()).as(after.all()).isEqualTo(ExitCodes.DONE);
        assertThat(portal().badge("fromThisProcess")).isPresent();
        proven++;
    }

    @Test
    void inRussianTheRefusalIsInRussian() throws Exception {
        Path theirs = withNewBadge("fromOtherProcess");
        CallHold hold = portal().faults().holdNext("batch", false, STEP_LIMIT);
        try (ChildJvm other = ChildJvm.start(CliChild.class, home, home.toString(), portal().webhookUrl(),
                "apply", "--webhook-env", "HOOK", "--yes", theirs.toString())) {
            assertThat(hold.awaitArrival(STEP_LIMIT)).as(other.said()).isTrue();

            CliRun.Result r = cli().env("LANG", "ru_RU.UTF-8").run("delete-activities", "--webhook-env", "HOOK",
                    "--yes", "1");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.PORTAL_BUSY);
            assertThat(r.err()).contains("Другое окно или команда Badge Manager сейчас меняет этот портал");
            other.kill();
        } finally {
            hold.releaseWithoutRunning();
        }
    }
}
