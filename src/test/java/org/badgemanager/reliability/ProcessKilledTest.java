package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badges.ReplaceResult;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.FreshSandbox;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.badges.EditRecovery;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real process is killed ({@code destroyForcibly}, as {@code kill -9}) at each step of a badge edit and of a
 * delete: the app's services run in a child JVM ({@link KillableEditor}) against a sandbox in this JVM, which
 * holds a call so the child is stuck in it, or the child stops at a step between two calls. Then this JVM connects
 * with the same data folder, as the next start would, and the portal must hold exactly the badge the user meant:
 * old or new, never none, never two; the user is told what had happened.
 */
class ProcessKilledTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(ProcessKilledTest.class);
    private static final String AREA = "Process killed or quit";
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Where the child is when it is killed, and what the portal holds at that moment (or gets after it). */
    enum KillPoint {
        JOURNALED("edit: journal written, delete not yet sent", false),
        DELETE_ARRIVED("edit: delete sent and held by the portal, which runs it after the kill", false),
        DELETE_RAN("edit: delete ran, its answer held", false),
        ADD_LOST("edit: old deleted, add sent but lost on the way (never runs)", false),
        ADD_ARRIVED("edit: add sent and held by the portal, which runs it after the kill", true),
        ADD_RAN("edit: add ran, its answer held", true),
        BEFORE_JOURNAL_CLEARED("edit: add answered, journal entry not yet cleared", true);

        final String words;
        final boolean newArrives;

        KillPoint(String words, boolean newArrives) {
            this.words = words;
            this.newArrives = newArrives;
        }
    }

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit().demoData(false));
    @TempDir
    Path data;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Badge old = new Badge("editMe", LocalizedText.of(Map.of("en", "Old", "ru", "Старый")),
            LocalizedText.of("OLD"), BadgeType.WARNING);
    private ChildJvm child;

    @AfterEach
    void killLeftovers() {
        if (child != null) {
            child.close();
        }
        sandbox.portal().faults().clear(); // lets go of any hold the test did not release
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void anEditKilledAtAnyStepEndsWithExactlyTheOldOrTheNewBadge(KillPoint point) throws Exception {
        SandboxPortal portal = sandbox.portal();
        put(old);
        // renamed: the hardest case, two codes that could both end up on the portal (or neither)
        Badge updated = new Badge("editMe2", LocalizedText.of(Map.of("en", "New", "ru", "Новый")),
                LocalizedText.of("NEW"), BadgeType.SUCCESS);
        CallHold hold = switch (point) {
            case DELETE_ARRIVED -> portal.faults().holdNext("crm.activity.badge.delete", false, WAIT);
            case DELETE_RAN -> portal.faults().holdNext("crm.activity.badge.delete", true, WAIT);
            case ADD_LOST, ADD_ARRIVED -> portal.faults().holdNext("crm.activity.badge.add", false, WAIT);
            case ADD_RAN -> portal.faults().holdNext("crm.activity.badge.add", true, WAIT);
            default -> null;
        };
        String pauseAt = point == KillPoint.JOURNALED ? "journaled"
                : point == KillPoint.BEFORE_JOURNAL_CLEARED ? "beforeEnd" : "none";
        ChildJvm out = startChild("replace", pauseAt, old, updated);
        if (hold == null) {
            out.awaitLine(KillableEditor.PAUSED + pauseAt, WAIT);
        } else {
            assertThat(hold.awaitArrival(WAIT)).as("the child reached the held call").isTrue();
        }
        child.kill();
        if (hold != null) {
            if (point == KillPoint.ADD_LOST) {
                hold.releaseWithoutRunning();
            } else {
                hold.release(); // the portal finishes the work of a client that is gone
                if (point == KillPoint.DELETE_ARRIVED) {
                    waitUntil(() -> portal.badge(old.code()).isEmpty());
                } else if (point == KillPoint.ADD_ARRIVED) {
                    waitUntil(() -> portal.badge(updated.code()).isPresent());
                }
            }
        }

        RecordingNotifier told = nextStart();

        Badge intended = point.newArrives ? updated : old;
        Badge other = point.newArrives ? old : updated;
        assertThat(onPortal(intended.code())).as("the badge the user meant").contains(intended);
        assertThat(onPortal(other.code())).as("the other version").isEmpty();
        assertThat(portal.badges()).hasSize(1);
        assertThat(told.infos).hasSize(1);
        assertThat(told.infos.get(0)).contains("“editMe”")
                .contains(point.newArrives ? "holds your new version" : point == KillPoint.JOURNALED
                        ? "still holds the badge as it was" : "old version has been put back");
        assertThat(pending()).as("journal entries left").isEmpty();
        boolean putBack = !point.newArrives && point != KillPoint.JOURNALED;
        assertThat(told.actions).hasSize(putBack ? 1 : 0);
        ROWS.add(AREA, "kill -9 at " + point.words + "; next start: the portal holds only the "
                + (point.newArrives ? "new" : "old") + " badge", 1, told.infos.get(0),
                putBack ? "button: Apply my changes" : "none needed", 0);
    }

    @Test
    void anEditOfTheSameCodeKilledBetweenDeleteAndAddGetsTheOldBadgeBack() throws Exception {
        put(old);
        Badge updated = new Badge("editMe", LocalizedText.of("Changed"), LocalizedText.of("NEW"), BadgeType.FAILURE);
        CallHold hold = sandbox.portal().faults().holdNext("crm.activity.badge.add", false, WAIT);
        startChild("replace", "none", old, updated);
        assertThat(hold.awaitArrival(WAIT)).isTrue();
        child.kill();
        hold.releaseWithoutRunning();

        RecordingNotifier told = nextStart();

        assertThat(sandbox.portal().badges()).hasSize(1);
        assertThat(onPortal("editMe")).contains(old);
        assertThat(told.infos).singleElement().asString().contains("old version has been put back");
        told.actions.get(0).run(); // "Apply my changes": the edit the user had saved, done now
        assertThat(onPortal("editMe")).contains(updated);
        assertThat(sandbox.portal().badges()).hasSize(1);
        ROWS.add(AREA, "kill -9 at edit keeping its code: old deleted, add lost; next start: the portal holds only the "
                + "old badge", 1, told.infos.get(0), "button: Apply my changes", 0);
    }

    @Test
    void aDeleteKilledWhileThePortalRunsItLeavesTheBadgeInRecentlyDeletedForRestore() throws Exception {
        put(old);
        CallHold hold = sandbox.portal().faults().holdNext("crm.activity.badge.delete", false, WAIT);
        startChild("delete", "none", old, null);
        assertThat(hold.awaitArrival(WAIT)).isTrue();
        child.kill();
        hold.release();
        waitUntil(() -> sandbox.portal().badge("editMe").isEmpty());

        RecordingNotifier told = nextStart();

        assertThat(told.infos).singleElement().asString().contains("it is in Recently deleted");
        SafetyNet net = net();
        assertThat(net.recentlyDeleted().entries()).extracting(e -> e.badge()).containsExactly(old);
        new BadgeService(Portals.webhookClient(sandbox.portal()), Duration.ofMillis(10), net).restoreDeleted(old);
        assertThat(onPortal("editMe")).contains(old);
        assertThat(net.recentlyDeleted().entries()).isEmpty();
        ROWS.add(AREA, "kill -9 at delete: sent, the portal runs it after the kill; next start: the badge is in "
                + "Recently deleted and Restore brings it back", 1, told.infos.get(0), "Recently deleted: Restore", 0);
    }

    @Test
    void aDeleteKilledBeforeItWasSentLeavesTheBadgeWhereItWas() throws Exception {
        put(old);
        startChild("delete", "journaled", old, null).awaitLine(KillableEditor.PAUSED + "journaled", WAIT);
        child.kill();

        RecordingNotifier told = nextStart();

        assertThat(onPortal("editMe")).contains(old);
        assertThat(told.infos).singleElement().asString().contains("still on the portal");
        assertThat(pending()).isEmpty();
        ROWS.add(AREA, "kill -9 at delete: journaled, not yet sent; next start: the badge is still on the portal", 1,
                told.infos.get(0), "none needed", 0);
    }

    @Test
    void aFinishedEditLeavesNothingToSettle() {
        put(old);
        BadgeService service = new BadgeService(Portals.webhookClient(sandbox.portal()), Duration.ofMillis(10), net());
        assertThat(service.replace(old, old.withCode("editMe3")).outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(pending()).isEmpty();
        sandbox.portal().clearRequests();
        assertThat(nextStart().infos).isEmpty();
        assertThat(sandbox.portal().requests()).as("no pending entry: connecting makes no extra call").isEmpty();
    }

    // --- the next start: this JVM, same data folder, same portal ---

    private RecordingNotifier nextStart() {
        RecordingNotifier notifier = new RecordingNotifier(messages);
        BadgeService service = new BadgeService(Portals.webhookClient(sandbox.portal()), Duration.ofMillis(10), net());
        new EditRecovery(new SyncTaskRunner(), notifier, messages).settle(service, () -> { });
        assertThat(notifier.errors).as("nothing left unsettled").isEmpty();
        return notifier;
    }

    private SafetyNet net() {
        String key = SafetyNets.portalKey(WebhookConnection.parse(sandbox.portal().webhookUrl()).methodUri("profile"));
        return SafetyNets.in(data).forPortal(key);
    }

    private List<?> pending() {
        return net().journal().pending();
    }

    private void put(Badge badge) {
        sandbox.portal().putBadge(new SandboxBadge(badge.code(), badge.title().toJson(), badge.value().toJson(),
                badge.type().wireName()));
    }

    private Optional<Badge> onPortal(String code) {
        return sandbox.portal().badge(code).map(b -> {
            var node = Json.object();
            node.put("code", b.code());
            node.set("title", b.title());
            node.set("value", b.value());
            node.put("type", b.type());
            return Badge.fromJson(node);
        });
    }

    private ChildJvm startChild(String action, String pauseAt, Badge oldBadge, Badge newBadge)
            throws InterruptedException {
        List<String> args = new ArrayList<>(List.of(sandbox.portal().webhookUrl(), data.toString(), action, pauseAt,
                Json.write(oldBadge.toJson())));
        if (newBadge != null) {
            args.add(Json.write(newBadge.toJson()));
        }
        child = ChildJvm.start(KillableEditor.class, data, args.toArray(String[]::new));
        child.awaitLine(KillableEditor.READY, WAIT);
        return child;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
