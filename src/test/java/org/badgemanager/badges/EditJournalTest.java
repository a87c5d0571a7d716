package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.CallHold;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal is on disk before the first destructive call reaches the portal and is gone once the portal holds
 * the intended badge; an interrupt (quitting, Cancel) in the middle of an edit never skips putting the old one back.
 */
class EditJournalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit().demoData(false));
    @TempDir
    Path data;

    private final Badge old = new Badge("editMe", LocalizedText.of(Map.of("en", "Old", "ru", "Старый")),
            LocalizedText.of("OLD"), BadgeType.WARNING);
    private final Badge updated = new Badge("editMe2", LocalizedText.of("New"), LocalizedText.of("NEW"),
            BadgeType.SUCCESS);
    private SafetyNet net;
    private BadgeService service;

    @BeforeEach
    void start() {
        String key = SafetyNets.portalKey(WebhookConnection.parse(portal().webhookUrl()).methodUri("profile"));
        net = SafetyNets.in(data).forPortal(key);
        service = new BadgeService(Portals.webhookClient(portal()), Duration.ofMillis(10), net);
        service.add(old);
    }

    @AfterEach
    void letGo() {
        portal().faults().clear();
    }

    private SandboxPortal portal() {
        return sandbox.portal();
    }

    @Test
    void bothVersionsAreOnDiskWhenTheDeleteReachesThePortalAndGoneWhenTheEditIsDone() throws Exception {
        CallHold delete = portal().faults().holdNext("crm.activity.badge.delete", false, WAIT);
        CompletableFuture<ReplaceResult> edit = CompletableFuture.supplyAsync(() -> service.replace(old, updated));
        assertThat(delete.awaitArrival(WAIT)).isTrue();

        JsonNode file = Json.parse(Files.readString(data.resolve(SafetyNets.JOURNAL_FILE)));
        assertThat(file.path("version").asInt()).isEqualTo(1);
        JsonNode entry = file.path("pending").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("REPLACE");
        assertThat(entry.path("portal").asText()).isEqualTo("http://127.0.0.1:" + portal().port());
        assertThat(Badge.fromJson(entry.path("old"))).isEqualTo(old);
        assertThat(Badge.fromJson(entry.path("new"))).isEqualTo(updated);
        assertThat(Files.readString(data.resolve(SafetyNets.JOURNAL_FILE)))
                .as("the journal holds badges only, no secret").doesNotContain(portal().webhookCode());

        delete.release();
        assertThat(edit.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(net.journal().pending()).isEmpty();
    }

    @Test
    void anInterruptWhileTheAddIsOutStillPutsTheOldBadgeBack() throws Exception {
        CallHold add = portal().faults().holdNext("crm.activity.badge.add", false, WAIT);
        CompletableFuture<Object[]> edit = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            ReplaceResult result = service.replace(old, updated);
            edit.complete(new Object[] {result, Thread.currentThread().isInterrupted()});
        });
        worker.start();
        assertThat(add.awaitArrival(WAIT)).isTrue();
        worker.interrupt(); // what quitting does to a worker: the add's answer is never awaited
        Object[] ended = edit.get(10, TimeUnit.SECONDS);
        add.releaseWithoutRunning();

        assertThat(((ReplaceResult) ended[0]).outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(portal().badge("editMe")).isPresent();
        assertThat(portal().badge("editMe2")).isEmpty();
        assertThat(ended[1]).as("the interrupt is given back to the caller").isEqualTo(true);
        assertThat(net.journal().pending()).isEmpty();
    }

    @Test
    void anEditWhoseRestoreFailedStaysJournaledUntilTheBadgeIsCreatedAgain() {
        portal().faults().failAlways("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "down");
        assertThat(service.replace(old, updated).outcome()).isEqualTo(ReplaceResult.Outcome.RESTORE_FAILED);
        assertThat(net.journal().pending()).as("neither version is on the portal: kept for the next connect")
                .hasSize(1);

        portal().faults().clear();
        service.add(old); // what the form's Save does after a failed restore
        assertThat(net.journal().pending()).isEmpty();
    }

    @Test
    void aPlainDeleteGoesToRecentlyDeletedNewestFirstAndRestoringTakesItOff() {
        Badge second = old.withCode("second");
        service.add(second);
        service.delete(old);
        service.delete(second);

        assertThat(net.recentlyDeleted().entries()).extracting(RecentlyDeleted.Entry::badge)
                .containsExactly(second, old);
        // a restart: the same data folder read anew
        RecentlyDeleted afterRestart = SafetyNets.in(data).forPortal(
                SafetyNets.portalKey(WebhookConnection.parse(portal().webhookUrl()).methodUri("x"))).recentlyDeleted();
        assertThat(afterRestart.entries()).extracting(RecentlyDeleted.Entry::badge).containsExactly(second, old);

        service.restoreDeleted(old);
        assertThat(portal().badge("editMe")).isPresent();
        assertThat(afterRestart.entries()).extracting(RecentlyDeleted.Entry::badge).containsExactly(second);
        assertThat(net.journal().pending()).isEmpty();
    }

    @Test
    void recentlyDeletedKeepsTheLastHundredPerPortal() {
        SafetyNets nets = SafetyNets.in(data);
        RecentlyDeleted here = nets.forPortal("https://a.example:443").recentlyDeleted();
        for (int i = 0; i < RecentlyDeleted.LIMIT + 5; i++) {
            here.add(old.withCode("b" + i), java.time.Instant.now());
        }
        nets.forPortal("https://b.example:443").recentlyDeleted().add(old, java.time.Instant.now());

        assertThat(here.entries()).hasSize(RecentlyDeleted.LIMIT);
        assertThat(here.entries().get(0).badge().code()).isEqualTo("b104");
        assertThat(nets.forPortal("https://b.example:443").recentlyDeleted().entries()).hasSize(1);
    }

    @Test
    void aJournalThatCannotBeWrittenStopsTheEditBeforeAnythingIsDeleted() throws Exception {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the data folder should be");
        BadgeService cannotWrite = new BadgeService(Portals.webhookClient(portal()), Duration.ofMillis(10),
                SafetyNets.in(blocked).forPortal("http://127.0.0.1:" + portal().port()));
        portal().clearRequests();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cannotWrite.replace(old, updated))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(portal().requests()).as("nothing sent").isEmpty();
        assertThat(portal().badge("editMe")).isPresent();
    }
}
