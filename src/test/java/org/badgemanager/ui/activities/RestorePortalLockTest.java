package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.RestoreOutcome;
import org.badgemanager.locks.PortalLockHolder;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.ChildJvm;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore from the Backups view while another process (a second window, a command) changes the same portal:
 * refused, nothing added, no restore log begun; once that process is killed the same restore runs.
 */
class RestorePortalLockTest {
    @TempDir
    Path dir;
    private SandboxPortal portal;
    private ActivityService service;
    private Path chosen;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String header, String content, org.badgemanager.badges.Badge preview) {
            return true;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path folder, String kind, String pattern) {
            return Optional.ofNullable(chosen);
        }
    };

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new ActivityService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProcessHoldsThePortalAndRunsOnceItIsKilled() throws Exception {
        List<Long> calls = new ArrayList<>();
        for (long id = 1; calls.size() < 2; id++) {
            if (portal.activity(id).orElseThrow().path("TYPE_ID").asInt() == 2
                    && !service.backupRecords(List.of(id)).isEmpty()) {
                calls.add(id);
            }
        }
        chosen = new BulkDeletion(service, Clock.systemDefaultZone()).run(calls, dir.resolve("backups"), "Sandbox",
                () -> false, (p, d, t) -> { }).backupFile();
        Path data = dir.resolve("data");
        SyncTaskRunner tasks = new SyncTaskRunner();
        BackupsViewModel backups = new BackupsViewModel(tasks, notifier, dialogs, new ActivityLabels(messages),
                dir.resolve("backups"), "Sandbox", service, new NameDirectory(service.nameLookup(), tasks, notifier,
                messages), PortalLocks.in(data));
        backups.openOther();
        assertThat(backups.records()).hasSize(2);

        try (ChildJvm other = ChildJvm.start(PortalLockHolder.class, dir, data.toString(),
                PortalLocks.keyOf(service.client()))) {
            other.awaitLine("HELD", Duration.ofSeconds(60));
            portal.clearRequests();

            backups.restore();

            assertThat(portal.requests()).as("nothing sent").isEmpty();
            assertThat(notifier.errors).extracting(e -> e.description()).containsExactly(
                    "Another Badge Manager window or command is changing this portal right now; wait for it to finish.");
            assertThat(backups.report()).isEmpty();
            assertThat(Files.exists(Path.of(chosen + ".restored"))).as("no restore log begun").isFalse();
            other.kill();
        }

        assertThat(backups.restore()).isTrue();

        assertThat(backups.report()).hasSize(2).allMatch(l -> l.status() == RestoreOutcome.Status.RESTORED);
    }
}
