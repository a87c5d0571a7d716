package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
