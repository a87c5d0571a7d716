package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk delete as the admin runs it: the phases it reports, what lands on disk, and what cancelling leaves. */
class BulkDeletionRunTest {
    private static final int DEAL = 2;
    private SandboxPortal portal;
    private BulkDeletion deletion;
    private final List<String> events = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        deletion = new BulkDeletion(new ActivityService(Portals.webhookClient(portal)), Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private void record(BulkDeletion.Phase phase, int done, int total) {
        events.add(phase + " " + done + "/" + total);
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void withABackupEveryPhaseIsReportedAndTheFileHoldsEachDistinctRecordOnce() throws Exception {
        List<Long> ids = new ArrayList<>(portal.addActivities(60, DEAL, 3));
        ids.add(ids.get(0)); // pasted twice
        ids.add(999_999L); // not on the portal
        Path folder = dir.resolve("backups");

        BulkDeletion.Result result = deletion.run(ids, folder, "sandbox", () -> false, this::record);

        assertThat(events).containsExactly("BACKUP 0/61", "BACKUP 50/61", "BACKUP 61/61",
                "DELETE 0/61", "DELETE 50/61", "DELETE 61/61");
        assertThat(result.backedUp()).isEqualTo(60);
        assertThat(filesIn(folder)).containsExactly(result.backupFile());
        var backup = Json.parse(Files.readString(result.backupFile()));
        assertThat(backup.path("count").asInt()).isEqualTo(60);
        assertThat(backup.path("unreadable").toString()).isEqualTo("[999999]");
        assertThat(result.report().outcomes()).hasSize(61);
        assertThat(result.report().count(Status.DELETED)).isEqualTo(60);
        assertThat(result.report().idsWith(Status.NOT_FOUND)).containsExactly(999_999L);
        assertThat(portal.activityCount()).isZero();
    }

    @Test
    void exactlyOneBatchOfIdsIsBackedUpInOneStep() throws Exception {
        List<Long> ids = portal.addActivities(50, DEAL, 3);

        BulkDeletion.Result result = deletion.run(ids, dir.resolve("backups"), "sandbox", () -> false, this::record);

        assertThat(events).containsExactly("BACKUP 0/50", "BACKUP 50/50", "DELETE 0/50", "DELETE 50/50");
        assertThat(result.backedUp()).isEqualTo(50);
    }

    @Test
    void withoutABackupOnlyTheDeletePhaseRuns() throws Exception {
        List<Long> ids = portal.addActivities(3, DEAL, 3);

        BulkDeletion.Result result = deletion.run(ids, null, "sandbox", () -> false, this::record);

        assertThat(events).containsExactly("DELETE 0/3", "DELETE 3/3");
        assertThat(result.backupFile()).isNull();
        assertThat(result.backedUp()).isZero();
        assertThat(result.report().count(Status.DELETED)).isEqualTo(3);
        assertThat(portal.requests("batch")).hasSize(1);
    }

    @Test
    void cancellingDuringTheBackupDeletesNothingAndLeavesNoFile() throws Exception {
        List<Long> ids = portal.addActivities(120, DEAL, 3);
        Path folder = dir.resolve("backups");

        BulkDeletion.Result result = deletion.run(ids, folder, "sandbox",
                () -> events.contains("BACKUP 50/120"), this::record);

        assertThat(result.report().cancelled()).isTrue();
        assertThat(result.report().batchCalls()).isZero();
        assertThat(result.report().outcomes()).hasSize(120).allMatch(o -> o.status() == Status.NOT_ATTEMPTED
                && o.description().equals("Cancelled during the backup."));
        assertThat(result.backupFile()).isNull();
        assertThat(result.backedUp()).isEqualTo(50);
        assertThat(filesIn(folder)).isEmpty();
        assertThat(portal.activityCount()).isEqualTo(120);
        assertThat(portal.requests("batch")).as("one read, no delete").hasSize(1)
                .allMatch(r -> r.params().toString().contains("crm.activity.list"));
    }
}
