package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.activities.IdParser;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.ui.activities.IdInput;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Activities tab's bulk delete with a backup: the backup is whole on disk, with every record the portal
 * gave, before the first delete leaves; a backup that cannot be read or written stops the run before any
 * delete. And a 10 MB paste into the id box is refused with a message.
 */
class ActivityBackupTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(ActivityBackupTest.class);
    private static final int DEAL = 2;
    private SandboxPortal portal;
    private ActivityService service;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        service = new ActivityService(FaultRig.webhook(portal.webhookUrl()));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private long deleteBatchesSent() {
        return portal.requests("batch").stream()
                .filter(r -> r.params().path("cmd").toString().contains("crm.activity.delete")).count();
    }

    private List<Path> filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void theBackupIsWholeOnDiskBeforeTheFirstDeleteLeaves() throws Exception {
        List<Long> ids = new ArrayList<>(portal.addActivities(120, DEAL, 7));
        long foreign = ids.get(30);
        portal.setActivityAccess(foreign, ActivityAccess.FOREIGN);
        long untouched = portal.addActivities(1, DEAL, 8).get(0);
        Path folder = dir.resolve("backups");
        List<String> checkedAtFirstDelete = new ArrayList<>();

        BulkDeletion.Result result = new BulkDeletion(service, Clock.systemDefaultZone()).run(ids, folder, "sandbox",
                () -> false, (phase, done, total) -> {
                    if (phase != BulkDeletion.Phase.DELETE || done != 0) {
                        return;
                    }
                    try {
                        // the moment before the first delete: nothing deleted yet, the backup whole on disk
                        assertThat(deleteBatchesSent()).isZero();
                        List<Path> files = filesIn(folder);
                        assertThat(files).hasSize(1);
                        assertThat(files.get(0).toString()).endsWith(".json");
                        JsonNode backup = Json.parse(Files.readString(files.get(0)));
                        assertThat(backup.path("count").asInt()).isEqualTo(119);
                        Set<Long> saved = new HashSet<>();
                        for (JsonNode record : backup.path("activities")) {
                            long id = record.path("ID").asLong();
                            assertThat(record.has("COMMUNICATIONS") && record.has("FILES")).isTrue();
                            assertThat((JsonNode) ((ObjectNode) record.deepCopy()).without(List.of("COMMUNICATIONS", "FILES")))
                                    .isEqualTo(portal.activity(id).orElseThrow());
                            saved.add(id);
                        }
                        assertThat(saved).hasSize(119).doesNotContain(foreign);
                        assertThat(backup.path("unreadable").toString()).isEqualTo("[" + foreign + "]");
                        checkedAtFirstDelete.add(files.get(0).getFileName().toString());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
        assertThat(checkedAtFirstDelete).hasSize(1);
        assertThat(result.report().count(Status.DELETED)).isEqualTo(119);
        assertThat(result.report().count(Status.ACCESS_DENIED)).isEqualTo(1);
        assertThat(portal.activity(untouched)).isPresent();
        assertThat(result.backupFile().getFileName().toString()).isEqualTo(checkedAtFirstDelete.get(0));
        ROWS.add("Nothing lost, nothing doubled", "Bulk delete of 120 activities with a backup, checked at the "
                + "moment the delete phase starts", 1, "the backup file is complete on disk (119 full records, "
                + "equal to the portal's; the unreadable id listed) and no delete has been sent", "", 0);
    }

    @Test
    void aBackupThatCannotBeReadOrWrittenStopsEverythingBeforeAnyDelete() throws Exception {
        List<Long> ids = portal.addActivities(60, DEAL, 7);
        Path notAFolder = Files.writeString(dir.resolve("file-not-folder"), "x");
        Throwable unwritable = catchThrowable(() -> new BulkDeletion(service, Clock.systemDefaultZone())
                .run(ids, notAFolder.resolve("backups"), "sandbox", () -> false, (p, d, t) -> { }));
        assertThat(unwritable).isInstanceOf(java.io.IOException.class);

        portal.faults().failAlways("batch", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        Path folder = dir.resolve("backups");
        Throwable unreadable = catchThrowable(() -> new BulkDeletion(service, Clock.systemDefaultZone())
                .run(ids, folder, "sandbox", () -> false, (p, d, t) -> { }));
        assertThat(unreadable).isInstanceOf(BitrixException.class);
        assertThat(((BitrixException) unreadable).code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(filesIn(folder)).as("no partial backup left").isEmpty();
        portal.faults().clear();

        assertThat(deleteBatchesSent()).isZero();
        assertThat(ids).allMatch(id -> portal.activity(id).isPresent());
        ROWS.add("Nothing lost, nothing doubled", "Backup cannot be written (folder is a file) or read "
                + "(500 on every batch)", 2, "the run stops with the error before any delete; no partial backup "
                + "file left; all 60 activities still there", "", 0);
    }

    @Test
    void aTenMegabytePasteIntoTheIdBoxIsRefusedWithAMessage() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        IdInput box = new IdInput(messages);
        String tenMegabytes = "123456789\n".repeat(1_000_000);
        long started = System.nanoTime();
        assertThat(box.acceptsLength(tenMegabytes.length())).isFalse();
        assertThat(box.summary().get()).startsWith("The text is too long (10,000,000 characters");
        box.textProperty().set(tenMegabytes); // had it arrived another way, it is still not read
        assertThat(box.selectionProperty().get().usable()).isFalse();
        assertThat(box.summary().get()).startsWith("The text is too long");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(2_000);
        assertThat(box.acceptsLength(IdParser.MAX_INPUT_CHARS)).isTrue();
        ROWS.add("Bad input", "A 10 MB paste into the activity id box", 1, "\"" + box.summary().get() + "\"; "
                + "the text never reaches the box; delete disabled", "", 0);
    }
}
