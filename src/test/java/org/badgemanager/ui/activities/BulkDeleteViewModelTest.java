package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupWriter;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk delete from the user's side, against a real sandbox portal: backup, progress, cancel, report, retry, CSV. */
class BulkDeleteViewModelTest {
    private static final int DEAL = 2;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<String> confirmations = new ArrayList<>();
    private final DialogService yes = (title, header, content, preview) -> confirmations.add(header + "\n" + content);
    /** Every reading of the clock is one second later: rates and times left come out as whole numbers. */
    private final AtomicLong nanos = new AtomicLong();
    @TempDir Path home;
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

    private BulkDeleteViewModel bulk(TaskRunner tasks) {
        BulkDeleteViewModel bulk = new BulkDeleteViewModel(tasks, notifier, yes, new ActivityLabels(messages),
                home.resolve("backups"), Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC),
                () -> nanos.addAndGet(1_000_000_000L));
        bulk.connect(service, "sandbox");
        return bulk;
    }

    private Map<Long, ObjectNode> records(List<Long> ids) {
        Map<Long, ObjectNode> records = new LinkedHashMap<>();
        ids.forEach(id -> records.put(id, portal.activity(id).orElseThrow()));
        return records;
    }

    private List<Path> backups() throws IOException {
        Path dir = home.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static boolean deletes(RecordedRequest r) {
        return r.params().path("cmd").toString().contains("crm.activity.delete");
    }

    @Test
    void aRunCancelledDuringItsBackupNamesNoBackupNotEvenTheOneBefore() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BulkDeleteViewModel bulk = bulk(tasks);
        bulk.start(portal.addActivities(3, DEAL, 8), null);
        tasks.runAll();
        assertThat(bulk.backupFileProperty().get()).as("the first run wrote one").isNotEmpty();

        List<Long> ids = portal.addActivities(120, DEAL, 9);
        bulk.progressTextProperty().addListener((o, was, now) -> {
            if (now.startsWith("Backing up 50 / 120")) {
                bulk.cancel();
            }
        });
        bulk.start(ids, null);
        assertThat(bulk.backupFileProperty().get()).as("not the previous run's file while this one runs").isEmpty();
        tasks.runAll();

        assertThat(bulk.reportStateProperty().get()).startsWith("Cancelled by you: 120 were not attempted");
        assertThat(bulk.backupFileProperty().get()).as("no backup was completed").isEmpty();
        assertThat(ids).allMatch(id -> portal.activity(id).isPresent());
    }

    @Test
    void theBackupIsCompleteOnDiskBeforeTheFirstDeleteReachesThePortal() throws IOException {
        List<Long> ids = portal.addActivities(120, DEAL, 7);
        Map<Long, ObjectNode> before = records(ids);
        ManualTaskRunner tasks = new ManualTaskRunner();
        BulkDeleteViewModel bulk = bulk(tasks);
        List<String> atDeleteStart = new ArrayList<>();
        bulk.progressTextProperty().addListener((o, was, now) -> {
            if (now.startsWith("Deleting 0 / 120")) {
                try {
                    // The moment the delete phase starts: what is on disk, what is on the portal.
                    List<Path> files = backups();
                    atDeleteStart.add(files.size() + " file(s), " + Json.parse(Files.readString(files.get(0)))
                            .path("activities").size() + " records, " + portal.activityCount() + " on the portal");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(bulk.start(ids, null)).isTrue();
        assertThat(bulk.runningProperty().get()).isTrue();
        assertThat(portal.requests("batch")).as("nothing is sent before the work runs").isEmpty();
        tasks.runAll();

        assertThat(atDeleteStart).containsExactly("1 file(s), 120 records, 120 on the portal");
        Path file = backups().get(0);
        assertThat(file.getFileName().toString()).isEqualTo("activities-20260504-101530.json");
        assertThat(bulk.backupFileProperty().get()).isEqualTo(file.toString());
        JsonNode backup = Json.parse(Files.readString(file));
        assertThat(backup.path("kind").asText()).isEqualTo(BackupWriter.KIND);
        assertThat(backup.path("count").asInt()).isEqualTo(120);
        List<JsonNode> saved = new ArrayList<>();
        backup.path("activities").forEach(saved::add);
        assertThat(saved).as("the full records, as crm.activity.get sends them, plus their communications and files")
                .allMatch(r -> r.has("COMMUNICATIONS") && r.has("FILES"))
                .map(r -> (JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) r.deepCopy())
                        .without(List.of("COMMUNICATIONS", "FILES")))
                .containsExactlyElementsOf(before.values());

        // The wire agrees: the file's last write happened before the first delete batch arrived.
        RecordedRequest firstDelete = portal.requests("batch").stream().filter(BulkDeleteViewModelTest::deletes)
                .findFirst().orElseThrow();
        assertThat(Files.getLastModifiedTime(file).toInstant()).isBefore(firstDelete.receivedAt());
        assertThat(portal.requests("batch").stream().takeWhile(r -> !deletes(r)).toList())
                .as("three backup batches of crm.activity.list, then the deletes").hasSize(3)
                .allMatch(r -> r.params().toString().contains("crm.activity.list"));
        assertThat(portal.activityCount()).isZero();
    }

    @Test
    void progressShowsDoneTotalRateAndTimeLeft() {
        List<Long> ids = portal.addActivities(120, DEAL, 7);
        ManualTaskRunner tasks = new ManualTaskRunner();
        BulkDeleteViewModel bulk = bulk(tasks);
        List<String> shown = new ArrayList<>();
        List<Double> bar = new ArrayList<>();
        bulk.progressTextProperty().addListener((o, was, now) -> shown.add(now));
        bulk.progressProperty().addListener((o, was, now) -> bar.add(now.doubleValue()));
        bulk.start(ids, null);
        tasks.runAll();

        assertThat(shown).anyMatch(t -> t.startsWith("Backing up 50 / 120"));
        assertThat(shown).anyMatch(t -> t.matches("Deleting 50 / 120 · [0-9.]+ per second · about \\d+ s left"));
        assertThat(shown).anyMatch(t -> t.matches("Deleting 100 / 120 · .*"));
        assertThat(bar).contains(50 / 120.0, 1.0);
        assertThat(bulk.progressTextProperty().get()).matches("Done: 120 of 120 deleted in \\d+ s\\.");
        assertThat(bulk.runningProperty().get()).isFalse();
    }

    @Test
    void cancelStopsAfterTheBatchInFlightAndTheReportSaysSo() {
        List<Long> ids = portal.addActivities(150, DEAL, 7);
        ManualTaskRunner tasks = new ManualTaskRunner();
        BulkDeleteViewModel bulk = bulk(tasks);
        bulk.progressTextProperty().addListener((o, was, now) -> {
            if (now.startsWith("Deleting 50 / 150")) {
                bulk.cancel(); // the user's click while the second batch is being prepared
            }
        });
        bulk.start(ids, null);
        tasks.runAll();

        assertThat(portal.activityCount()).isEqualTo(100);
        assertThat(portal.requests("batch").stream().filter(BulkDeleteViewModelTest::deletes)).hasSize(1);
        assertThat(bulk.report()).hasSize(150);
        assertThat(bulk.report().stream().filter(r -> r.status() == Status.DELETED).map(ReportRow::id))
                .containsExactlyElementsOf(ids.subList(0, 50));
        assertThat(bulk.report().subList(50, 150)).allMatch(r -> r.status() == Status.NOT_ATTEMPTED
                && r.explanation().equals("Not sent: the run was cancelled before this batch. The activity is untouched."));
        assertThat(bulk.reportStateProperty().get())
                .isEqualTo("Cancelled by you: 100 were not attempted and are untouched. 100 can be retried.");
        assertThat(bulk.progressTextProperty().get()).startsWith("Cancelled: 50 of 150 deleted");
        assertThat(notifier.errors).isEmpty();
    }

    @Test
    void theReportListsEveryIdWithItsOutcomeInWords() {
        List<Long> ids = new ArrayList<>(portal.addActivities(60, DEAL, 7));
        portal.setActivityAccess(ids.get(3), ActivityAccess.FOREIGN);
        portal.setActivityAccess(ids.get(55), ActivityAccess.APP_CREATED);
        ids.add(999_999L);
        BulkDeleteViewModel bulk = bulk(new SyncTaskRunner());
        bulk.start(ids, null);

        assertThat(bulk.report()).extracting(ReportRow::id).containsExactlyElementsOf(ids);
        ReportRow foreign = bulk.report().get(3);
        assertThat(foreign.outcome()).isEqualTo("Access denied");
        ReportRow app = bulk.report().get(55);
        assertThat(app.outcome()).isEqualTo("Created by an app");
        assertThat(app.explanation()).contains("only that application may delete it").contains("OAuth credentials");
        ReportRow missing = bulk.report().get(60);
        assertThat(missing.outcome()).isEqualTo("Not found");
        assertThat(bulk.reportSummaryProperty().get())
                .isEqualTo("61 activities: 58 deleted · 1 not found · 1 access denied · 1 created by an app");
        assertThat(bulk.reportStateProperty().get()).isEqualTo("Finished.");
        assertThat(bulk.canRetry().get()).as("nothing a second try could change").isFalse();
        assertThat(portal.activity(ids.get(55))).isPresent();
        assertThat(confirmations.get(0)).startsWith("Delete 61 activities?").contains(home.resolve("backups").toString());
    }

    @Test
    void anErrorThatStopsTheRunShowsItsCodeKeepsTheReportAndTheRestCanBeRetried() {
        List<Long> ids = portal.addActivities(150, DEAL, 7);
        ManualTaskRunner tasks = new ManualTaskRunner();
        BulkDeleteViewModel bulk = bulk(tasks);
        bulk.backupEnabledProperty().set(false);
        bulk.progressTextProperty().addListener((o, was, now) -> {
            if (now.startsWith("Deleting 50 / 150")) {
                portal.faults().failAlways("batch", 401, "NO_AUTH_FOUND", "Wrong authorization data");
            }
        });
        bulk.start(ids, null);
        tasks.runAll();

        assertThat(notifier.errorCodes()).containsExactly("NO_AUTH_FOUND");
        assertThat(portal.activityCount()).isEqualTo(100);
        assertThat(bulk.report()).hasSize(150);
        assertThat(bulk.reportStateProperty().get())
                .isEqualTo("Stopped by NO_AUTH_FOUND: 100 were not attempted and are untouched. 100 can be retried.");
        assertThat(bulk.canRetry().get()).isTrue();

        portal.faults().clear();
        bulk.retryFailed();
        tasks.runAll();
        assertThat(portal.activityCount()).isZero();
        assertThat(bulk.report()).hasSize(150).allMatch(r -> r.status() == Status.DELETED);
        assertThat(bulk.report()).extracting(ReportRow::id).containsExactlyElementsOf(ids);
        assertThat(bulk.canRetry().get()).isFalse();
        assertThat(confirmations).hasSize(2);
        assertThat(confirmations.get(1)).startsWith("Delete 100 activities?").contains("No backup");
    }

    @Test
    void theReportIsSavedAsCsvWithOneLinePerId() throws IOException {
        List<Long> ids = new ArrayList<>(portal.addActivities(3, DEAL, 7));
        portal.setActivityAccess(ids.get(1), ActivityAccess.APP_CREATED);
        BulkDeleteViewModel bulk = bulk(new SyncTaskRunner());
        bulk.backupEnabledProperty().set(false);
        bulk.start(ids, null);
        Path csv = home.resolve("report.csv");
        bulk.saveReport(csv);

        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith(ReportCsv.BOM);
        assertThat(content.substring(1).split("\r\n")).containsExactly(
                "id,status,outcome,code,explanation",
                ids.get(0) + ",DELETED,Deleted,,Deleted.",
                ids.get(1) + ",APP_CONTEXT_REQUIRED,Created by an app,(no code),\"An application created this "
                        + "activity, and only that application may delete it. Connect with that application\u2019s "
                        + "OAuth credentials (client id, secret and tokens) and delete it again.\"",
                ids.get(2) + ",DELETED,Deleted,,Deleted.");
        assertThat(notifier.infos).containsExactly("Report saved to " + csv);
    }

    @Test
    void aBackupThatCannotBeWrittenStopsEverythingBeforeAnyDelete() throws IOException {
        List<Long> ids = portal.addActivities(10, DEAL, 7);
        Files.writeString(home.resolve("backups"), "a file where the folder should be");
        BulkDeleteViewModel bulk = bulk(new SyncTaskRunner());
        bulk.start(ids, null);

        assertThat(notifier.errorCodes()).containsExactly("BACKUP_FAILED");
        assertThat(portal.activityCount()).isEqualTo(10);
        assertThat(portal.requests("batch")).isEmpty();
        assertThat(bulk.progressTextProperty().get()).isEqualTo(
                "The backup could not be completed (BACKUP_FAILED). Nothing was deleted.");
        assertThat(bulk.report()).isEmpty();
    }

    @Test
    void aBackupReadThatFailsStopsEverythingBeforeAnyDelete() {
        List<Long> ids = portal.addActivities(10, DEAL, 7);
        portal.faults().failNext("batch", 401, "expired_token", "The access token provided has expired.");
        BulkDeleteViewModel bulk = bulk(new SyncTaskRunner());
        bulk.start(ids, null);

        assertThat(notifier.errorCodes()).containsExactly("expired_token");
        assertThat(portal.activityCount()).isEqualTo(10);
        assertThat(bulk.progressTextProperty().get()).contains("Nothing was deleted");
        assertThat(bulk.backupFileProperty().get()).isEmpty();
        assertThat(home.resolve("backups").toFile().list()).as("no partial backup is left behind").isEmpty();
    }

    @Test
    void sayingNoSendsNothing() {
        List<Long> ids = portal.addActivities(5, DEAL, 7);
        BulkDeleteViewModel bulk = new BulkDeleteViewModel(new SyncTaskRunner(), notifier,
                (t, h, c, p) -> false, new ActivityLabels(messages), home, Clock.systemUTC(), System::nanoTime);
        bulk.connect(service, "sandbox");
        assertThat(bulk.start(ids, null)).isFalse();
        assertThat(portal.requests()).isEmpty();
        assertThat(portal.activityCount()).isEqualTo(5);
    }
}
