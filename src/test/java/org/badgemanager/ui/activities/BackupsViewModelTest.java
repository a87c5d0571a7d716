package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.RestoreOutcome;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups view model: the list, opening another file, what is said before the run, the report, the lock. */
class BackupsViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<String> asked = new ArrayList<>();
    @TempDir Path dir;
    private SandboxPortal portal;
    private ActivityService service;
    private Path chosen;

    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String header, String content, org.badgemanager.badges.Badge preview) {
            asked.add(header + "\n" + content);
            return true;
        }

        @Override
        public java.util.Optional<Path> chooseFileToOpen(String title, Path folder, String kind, String pattern) {
            return java.util.Optional.ofNullable(chosen);
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

    private BackupsViewModel model(Path folder) {
        ActivityLabels labels = new ActivityLabels(messages);
        SyncTaskRunner tasks = new SyncTaskRunner();
        return new BackupsViewModel(tasks, notifier, dialogs, labels, folder, "Sandbox", service,
                new NameDirectory(service.nameLookup(), tasks, notifier, messages));
    }

    @Test
    void listsOpensSaysWhatIsLostRestoresAndLocksWhatCameBack() throws Exception {
        List<Long> calls = new ArrayList<>();
        for (long id = 1; calls.size() < 2; id++) {
            if (portal.activity(id).orElseThrow().path("TYPE_ID").asInt() == 2 && !service.backupRecords(List.of(id)).isEmpty()) {
                calls.add(id);
            }
        }
        Path elsewhere = dir.resolve("elsewhere");
        chosen = new BulkDeletion(service, Clock.systemDefaultZone()).run(calls, elsewhere, "Sandbox", () -> false,
                (p, d, t) -> { }).backupFile();

        BackupsViewModel backups = model(dir.resolve("backups"));
        backups.refresh();
        assertThat(backups.files()).isEmpty();
        assertThat(backups.filesMessageProperty().get()).startsWith("No backups of Sandbox in this folder yet.");
        backups.openOther();
        assertThat(notifier.errors).isEmpty();
        assertThat(backups.records()).hasSize(2).allMatch(r -> r.row().isChecked()
                && r.howProperty().get().equals("New Call") && r.row().owner().contains(": "));
        assertThat(backups.openedProperty().get()).matches(chosen.getFileName() + ": 2 records, written .* \\(Bulk delete of 2\\)");
        assertThat(backups.notRestorableProperty().get()).startsWith("Set by the portal on every restored activity");

        assertThat(backups.restore()).isTrue();
        assertThat(asked).singleElement().asString().startsWith("Re-create 2 activities in the portal?");
        assertThat(backups.report()).hasSize(2).allMatch(l -> l.status() == RestoreOutcome.Status.RESTORED
                && portal.activity(Long.parseLong(l.newId())).isPresent());
        assertThat(backups.summaryProperty().get())
                .isEqualTo("2 records: 2 restored, 0 not restorable, 0 refused, 0 unknown, 0 not attempted");
        assertThat(backups.records()).allMatch(r -> r.locked() && !r.row().isChecked()
                && r.howProperty().get().startsWith("Restored as #"));
        backups.checkAll(true);
        assertThat(backups.checkedCountProperty().get()).as("a restored record cannot be sent twice").isZero();
        assertThat(backups.restore()).isFalse();
    }

    @Test
    void aBackupRestoredInAnEarlierSessionOpensWithThoseRecordsLocked() throws Exception {
        List<Long> calls = new ArrayList<>();
        for (long id = 1; calls.size() < 3; id++) {
            if (portal.activity(id).orElseThrow().path("TYPE_ID").asInt() == 2 && !service.backupRecords(List.of(id)).isEmpty()) {
                calls.add(id);
            }
        }
        chosen = new BulkDeletion(service, Clock.systemDefaultZone()).run(calls, dir.resolve("backups"), "Sandbox",
                () -> false, (p, d, t) -> { }).backupFile();
        BackupsViewModel earlier = model(dir.resolve("backups"));
        earlier.openOther();
        earlier.records().get(1).row().checkedProperty().set(false);
        earlier.records().get(2).row().checkedProperty().set(false);
        assertThat(earlier.restore()).isTrue();
        String newId = earlier.report().get(0).newId();

        // the next day: a new session opens the same backup
        BackupsViewModel later = model(dir.resolve("backups"));
        later.openOther();
        assertThat(later.records().get(0)).satisfies(r -> {
            assertThat(r.locked()).isTrue();
            assertThat(r.row().isChecked()).isFalse();
            assertThat(r.howProperty().get()).isEqualTo("Restored as #" + newId);
        });
        assertThat(later.records().subList(1, 3)).allMatch(r -> !r.locked() && r.row().isChecked());
        later.checkAll(true);
        assertThat(later.checkedCountProperty().get()).isEqualTo(2);
        int count = portal.activityCount();
        portal.clearRequests();
        assertThat(later.restore()).isTrue();
        assertThat(portal.activityCount()).as("only the two never restored").isEqualTo(count + 2);
        assertThat(later.records()).allMatch(r -> r.locked() && r.howProperty().get().startsWith("Restored as #"));
    }
}
