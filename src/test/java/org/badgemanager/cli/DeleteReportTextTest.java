package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code delete-activities} report accounts for every id that is not gone, however many, and speaks the
 * user's language throughout (also for a run stopped during its backup).
 */
class DeleteReportTextTest {
    private static final int DEAL = 2;

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());
    @TempDir
    Path home;

    private SandboxPortal portal() {
        return sandbox.portal();
    }

    private CliRun cli() {
        return new CliRun(home).env("HOOK", portal().webhookUrl());
    }

    @Test
    void moreUnsettledIdsThanFitOnScreenAreAllWrittenToAFileThatRunsAgainWithIdsFile() throws Exception {
        List<Long> ids = portal().addActivities(60, DEAL, 930);
        ids.forEach(id -> portal().setActivityAccess(id, ActivityAccess.APP_CREATED));
        Path backups = home.resolve("backups");

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--backup-dir",
                backups.toString(), ids.get(0) + "-" + ids.get(59));

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(r.out().lines().filter(l -> l.contains("created by an app, only it may delete it")))
                .hasSize(DeleteReportText.SHOWN);
        String said = r.out().lines().filter(l -> l.startsWith("All 60 ids that are not deleted are in "))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        Path file = Path.of(said.substring("All 60 ids that are not deleted are in ".length(), said.indexOf(" (")));
        assertThat(file.getParent()).isEqualTo(backups);
        assertThat(Files.readAllLines(file).stream().map(Long::valueOf).toList()).containsExactlyElementsOf(ids);

        CliRun.Result again = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                "--backup-dir", backups.toString(), "--ids-file", file.toString());
        assertThat(again.json().path("requested").asInt()).as(again.all()).isEqualTo(60);
        assertThat(again.json().path("unsettledFile").asText()).isNotEqualTo(file.toString()).endsWith(".txt");
    }

    @Test
    void aFewUnsettledIdsAreAllListedAndNoFileIsWritten() {
        List<Long> ids = portal().addActivities(3, DEAL, 931);
        portal().setActivityAccess(ids.get(1), ActivityAccess.APP_CREATED);

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                ids.get(0) + "-" + ids.get(2));

        assertThat(r.json().path("unsettledFile").isNull()).isTrue();
        assertThat(r.json().path("outcomes")).hasSize(3);
    }

    @Test
    void aRunStoppedDuringItsBackupSaysSoInRussianWithNoEnglishLeft() throws Exception {
        Texts russian = Texts.forEnvironment(Map.of("LANG", "ru_RU.UTF-8")::get);
        // as BulkDeletion reports a cancel during the backup: every id not attempted, no backup file
        BulkDeletion.Result stopped = new BulkDeletion.Result(new BulkDeleteReport(List.of(
                DeleteOutcome.notAttempted(41, "Cancelled during the backup."),
                DeleteOutcome.notAttempted(42, "Cancelled during the backup.")), true, null, 0), null, 0);

        DeleteReportText.Report report = new DeleteReportText(russian, java.time.Clock.systemUTC())
                .lines(stopped, home);

        String text = String.join("\n", report.lines());
        assertThat(text).contains("Остановлено по запросу во время резервного копирования: ничего не удалено.")
                .contains("41: не обработано").doesNotContain("Cancelled").doesNotContain("NOT_ATTEMPTED");
        assertThat(text.replaceAll("--ids-file", "")).doesNotContainPattern("[A-Za-z]{4,}");
    }
}
