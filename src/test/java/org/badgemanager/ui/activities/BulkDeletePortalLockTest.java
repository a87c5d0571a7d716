package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.locks.PortalLockHolder;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Activities tab's delete while another process (a second window, a command) changes the same portal: refused
 * with the message that says so (in Russian for a Russian window), no backup written, nothing sent; after that
 * process is killed the same delete runs.
 */
class BulkDeletePortalLockTest {
    private static final int DEAL = 2;
    @TempDir
    Path home;
    private SandboxPortal portal;
    private ActivityService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        service = new ActivityService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aDeleteIsRefusedWhileAnotherProcessHoldsThePortalAndRunsOnceItIsKilled() throws Exception {
        Messages russian = Messages.forLocale(Locale.forLanguageTag("ru"));
        RecordingNotifier notifier = new RecordingNotifier(russian);
        Path data = home.resolve("data");
        BulkDeleteViewModel bulk = new BulkDeleteViewModel(new SyncTaskRunner(), notifier,
                (title, header, content, preview) -> true, new ActivityLabels(russian), home.resolve("backups"),
                Clock.systemUTC(), System::nanoTime, PortalLocks.in(data));
        bulk.connect(service, "sandbox");
        List<Long> ids = portal.addActivities(3, DEAL, 8);

        try (ChildJvm other = ChildJvm.start(PortalLockHolder.class, home, data.toString(),
                PortalLocks.keyOf(service.client()))) {
            other.awaitLine("HELD", Duration.ofSeconds(60));
            portal.clearRequests();

            bulk.start(ids, null);

            assertThat(portal.requests()).as("nothing sent").isEmpty();
            assertThat(bulk.progressTextProperty().get()).isEqualTo(
                    "Другое окно или команда Badge Manager сейчас меняет этот портал; дождитесь окончания.");
            assertThat(notifier.errors).extracting(e -> e.code()).containsExactly("Портал занят");
            assertThat(java.nio.file.Files.exists(home.resolve("backups"))).as("no backup begun").isFalse();
            ids.forEach(id -> assertThat(portal.activity(id)).isPresent());
            other.kill();
        }

        bulk.start(ids, null);

        ids.forEach(id -> assertThat(portal.activity(id)).isEmpty());
    }
}
