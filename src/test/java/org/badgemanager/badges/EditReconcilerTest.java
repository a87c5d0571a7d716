package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The portal states a cut-off edit can leave that a kill test does not reach on its own. */
class EditReconcilerTest {
    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit().demoData(false));
    @TempDir
    Path data;

    private final Badge old = new Badge("editMe", LocalizedText.of("Old"), LocalizedText.of("OLD"), BadgeType.WARNING);
    private final Badge updated = new Badge("editMe2", LocalizedText.of("New"), LocalizedText.of("NEW"),
            BadgeType.SUCCESS);

    private BadgeService service() {
        return new BadgeService(Portals.webhookClient(portal()), Duration.ofMillis(10),
                SafetyNets.in(data).forPortal("http://127.0.0.1:" + portal().port()));
    }

    private SandboxPortal portal() {
        return sandbox.portal();
    }

    @Test
    void aReconnectWhileAnEditRunsLeavesThatEditAloneAndTheEditEndsWithOnlyTheNewBadge() throws Exception {
        SafetyNets nets = SafetyNets.in(data);
        String key = "http://127.0.0.1:" + portal().port();
        BadgeService editing = new BadgeService(Portals.webhookClient(portal()), Duration.ofMillis(10),
                nets.forPortal(key));
        editing.add(old);
        CallHold add = portal().faults().holdNext("crm.activity.badge.add", false, Duration.ofSeconds(20));
        CompletableFuture<ReplaceResult> edit = CompletableFuture.supplyAsync(() -> editing.replace(old, updated));
        assertThat(add.awaitArrival(Duration.ofSeconds(10))).as("the edit deleted the old badge and is adding").isTrue();

        // the same portal connected again (or the window rebuilt for another language) while the add is out
        BadgeService reconnected = new BadgeService(Portals.webhookClient(portal()), Duration.ofMillis(10),
                nets.forPortal(key));
        List<Reconciled> settled = new EditReconciler(reconnected).reconcile();
        assertThat(settled).as("the running edit's entry is not settled under its feet").isEmpty();
        assertThat(portal().badge("editMe")).as("the old badge is not put back while the new one is on its way")
                .isEmpty();

        add.release();
        assertThat(edit.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(portal().badges()).extracting(SandboxBadge::code).containsExactly("editMe2");
        assertThat(nets.forPortal(key).journal().pending()).isEmpty();
    }

    @Test
    void bothVersionsOnThePortalFinishesTheEditLeavingOnlyTheNewOne() {
        BadgeService service = service();
        service.add(old);
        service.add(updated);
        service.safetyNet().journal().begin(PendingEdit.Kind.REPLACE, old, updated);

        List<Reconciled> settled = new EditReconciler(service).reconcile();

        assertThat(settled).extracting(Reconciled::result).containsExactly(Reconciled.Result.NEW_KEPT);
        assertThat(portal().badge("editMe")).isEmpty();
        assertThat(portal().badge("editMe2")).isPresent();
        assertThat(service.safetyNet().journal().pending()).isEmpty();
    }

    @Test
    void anotherBadgeUnderTheOldCodeIsLeftAloneAndTheOldVersionKeptInRecentlyDeleted() {
        BadgeService service = service();
        Badge someoneElses = old.withCode("editMe");
        service.add(new Badge("editMe", LocalizedText.of("Theirs"), LocalizedText.of("X"), BadgeType.FAILURE));
        service.safetyNet().journal().begin(PendingEdit.Kind.REPLACE, old, updated);

        List<Reconciled> settled = new EditReconciler(service).reconcile();

        assertThat(settled).extracting(Reconciled::result).containsExactly(Reconciled.Result.CHANGED_ELSEWHERE);
        assertThat(portal().badge("editMe").orElseThrow().type()).isEqualTo("failure");
        assertThat(portal().badge("editMe2")).isEmpty();
        assertThat(service.safetyNet().recentlyDeleted().contains(someoneElses)).isTrue();
    }

    @Test
    void aPortalThatCannotBeAskedKeepsTheEntryForTheNextConnect() {
        BadgeService service = service();
        service.safetyNet().journal().begin(PendingEdit.Kind.REPLACE, old, updated);
        portal().faults().failAlways("crm.activity.badge.list", 500, "INTERNAL_SERVER_ERROR", "down");

        assertThat(new EditReconciler(service).reconcile()).extracting(Reconciled::result)
                .containsExactly(Reconciled.Result.NOT_SETTLED);
        assertThat(service.safetyNet().journal().pending()).hasSize(1);

        portal().faults().clear();
        assertThat(new EditReconciler(service()).reconcile()).extracting(Reconciled::result)
                .containsExactly(Reconciled.Result.OLD_PUT_BACK);
        assertThat(portal().badge("editMe")).isPresent();
        assertThat(service.safetyNet().journal().pending()).isEmpty();
    }

    @Test
    void aRefusedPutBackKeepsTheEntry() {
        BadgeService service = service();
        service.safetyNet().journal().begin(PendingEdit.Kind.REPLACE, old, updated);
        portal().faults().failAlways("crm.activity.badge.add", 400, "ERROR_CORE", "refused");

        assertThat(new EditReconciler(service).reconcile()).extracting(Reconciled::result)
                .containsExactly(Reconciled.Result.NOT_SETTLED);
        assertThat(service.safetyNet().journal().pending()).hasSize(1);
    }

    @Test
    void entriesOfAnotherPortalAreNotTouched() {
        SafetyNets.in(data).forPortal("https://other.example:443").journal()
                .begin(PendingEdit.Kind.DELETE, old, null);

        assertThat(new EditReconciler(service()).reconcile()).isEmpty();
        assertThat(SafetyNets.in(data).portalsWithPendingEdits()).containsExactly("https://other.example:443");
    }
}
