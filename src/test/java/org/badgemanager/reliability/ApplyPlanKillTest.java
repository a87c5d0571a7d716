package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.PendingEdit;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.badgesets.ApplyListener;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.ApplyReport;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.PlanApplier;
import org.badgemanager.badgesets.PlanOptions;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortals;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan applied from one portal to another by a real child process, killed (SIGKILL) while a destructive call is
 * in the portal: between a replace's delete and its add, and during a batch of deletes. Whether the portal then
 * runs or drops that call, the journal on disk holds every badge the target may have lost, and running the same
 * plan again (a new process: here, this JVM) finishes it: the target holds the source's badges, nothing is lost
 * or applied twice, the journal is empty.
 */
class ApplyPlanKillTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(ApplyPlanKillTest.class);
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
    private static int killed;

    private SandboxPortals pair;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        pair = SandboxPortals.productionAndStaging(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() {
        pair.close();
    }

    @AfterAll
    static void report() {
        if (killed == 4) {
            ROWS.add("Process killed or quit", "Badge plan applied from one portal to another, the process killed "
                    + "(SIGKILL) between a replace's delete and its add, and during a batch of deletes; the portal "
                    + "then runs or drops the call in flight", killed, "the journal on disk holds every badge the "
                    + "target may have lost; the same plan run again finishes: the target equals the source, "
                    + "the journal is empty, the deleted badge is in Recently deleted", "", 0);
        }
    }

    @ParameterizedTest(name = "killed during {0}, the call then {1}")
    @CsvSource({"crm.activity.badge.add, runs", "crm.activity.badge.add, is dropped", "batch, runs",
            "batch, is dropped"})
    void aKillMidRunLosesNoBadgeAndTheSamePlanThenFinishes(String heldMethod, String then) throws Exception {
        boolean replace = heldMethod.equals("crm.activity.badge.add");
        String flags = replace ? "110" : "001"; // the replace of vipClient; or the delete of stagingOnly
        Badge atRisk = BadgeSet.fromPortal(new BadgeService(Portals.webhookClient(pair.get(1))))
                .find(replace ? "vipClient" : "stagingOnly").orElseThrow();
        CallHold hold = pair.get(1).faults().holdNext(heldMethod, false, STEP_LIMIT);

        try (ChildJvm child = ChildJvm.start(ApplyPlanChild.class, home, pair.get(0).webhookUrl(),
                pair.get(1).webhookUrl(), home.toString(), flags)) {
            assertThat(hold.awaitArrival(STEP_LIMIT)).as("the destructive call reached the portal").isTrue();
            child.kill();
        }
        if (then.equals("runs")) {
            hold.release();
            // the released call runs on the portal's own thread, its client gone: wait for its work
            awaitPortal(() -> replace ? pair.get(1).badge("vipClient").isPresent()
                    : pair.get(1).badge("stagingOnly").isEmpty());
        } else {
            hold.releaseWithoutRunning();
        }

        BitrixClient client = Portals.webhookClient(pair.get(1));
        SafetyNet net = SafetyNets.in(home).forPortal(SafetyNets.portalKey(java.net.URI.create(
                pair.get(1).webhookUrl())));
        assertThat(net.journal().pending()).extracting(PendingEdit::old).as("the journal keeps the badge at risk")
                .containsExactly(atRisk);

        BadgeService target = new BadgeService(client, Duration.ofMillis(20), net);
        BadgeSet source = BadgeSet.fromPortal(new BadgeService(Portals.webhookClient(pair.get(0))));
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(source, BadgeSet.fromPortal(target)),
                new PlanOptions(flags.charAt(0) == '1', flags.charAt(1) == '1', flags.charAt(2) == '1', null));
        ApplyReport rerun = new PlanApplier(target, client).apply(plan, ApplyListener.NONE, () -> false);

        assertThat(rerun.complete()).isTrue();
        assertThat(rerun.repaired()).extracting(r -> r.edit().old()).as("the re-run says what it repaired first")
                .containsExactly(atRisk);
        assertThat(net.journal().pending()).isEmpty();
        SetComparison after = SetComparison.compare(source, BadgeSet.fromPortal(target));
        if (replace) {
            assertThat(after.rows(org.badgemanager.badgesets.CodeState.ONLY_LEFT,
                    org.badgemanager.badgesets.CodeState.DIFFERENT)).isEmpty();
            assertThat(pair.get(1).badges()).hasSize(8); // nothing twice: 7 of the source + stagingOnly
        } else {
            assertThat(pair.get(1).badge("stagingOnly")).isEmpty();
            assertThat(net.recentlyDeleted().entries()).extracting(e -> e.badge()).contains(atRisk);
        }
        killed++;
    }

    private static void awaitPortal(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the released call ran on the portal").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
