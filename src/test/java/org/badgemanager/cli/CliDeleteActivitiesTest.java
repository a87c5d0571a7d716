package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code delete-activities}: always a backup first, a confirmation or --yes, exit codes and the JSON report. */
class CliDeleteActivitiesTest {
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
    void deletesByIdsAndRangesWithTheBackupOnDiskBeforeTheFirstDelete() throws IOException {
        List<Long> ids = portal().addActivities(5, DEAL, 900);
        Path backups = home.resolve("backups");

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                "--backup-dir", backups.toString(), ids.get(0) + "-" + ids.get(2), ids.get(3) + "," + ids.get(4));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        ids.forEach(id -> assertThat(portal().activity(id)).isEmpty());
        JsonNode doc = r.json();
        assertThat(doc.path("requested").asInt()).isEqualTo(5);
        assertThat(doc.path("counts").path("DELETED").asInt()).isEqualTo(5);
        assertThat(doc.path("stoppedBy").isNull()).isTrue();
        assertThat(doc.path("outcomes")).hasSize(5).allSatisfy(o -> assertThat(o.path("status").asText())
                .isEqualTo("DELETED"));
        Path backup = Path.of(doc.path("backup").asText());
        assertThat(backup.getParent()).isEqualTo(backups);
        JsonNode saved = Json.mapper().readTree(backup.toFile());
        List<Long> savedIds = new ArrayList<>();
        saved.path("activities").forEach(a -> savedIds.add(a.path("ID").asLong()));
        assertThat(savedIds).containsExactlyElementsOf(ids);
        assertThat(doc.path("backedUp").asInt()).isEqualTo(5);
        // what went over the wire: every read for the backup before the first delete
        List<RecordedRequest> batches = portal().requests("batch");
        int lastBackupRead = lastIndexOf(batches, "crm.activity.list");
        int firstDelete = firstIndexOf(batches, "crm.activity.delete");
        assertThat(lastBackupRead).isGreaterThanOrEqualTo(0).isLessThan(firstDelete);
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesBeforeSendingAnything() {
        List<Long> ids = portal().addActivities(2, DEAL, 901);
        portal().clearRequests();

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", String.valueOf(ids.get(0)),
                String.valueOf(ids.get(1)));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--yes");
        assertThat(portal().requests()).isEmpty();
        ids.forEach(id -> assertThat(portal().activity(id)).isPresent());
        assertThat(backupsIn(new CliRun(home).dirs().backups())).isEmpty();
    }

    @Test
    void onATerminalTheNumberMustBeTypedAndAnythingElseDeletesNothing() {
        List<Long> ids = portal().addActivities(3, DEAL, 902);
        String range = ids.get(0) + "-" + ids.get(2);

        CliRun.Result declined = cli().terminal("y\n").run("delete-activities", "--webhook-env", "HOOK", range);

        assertThat(declined.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(declined.err()).contains("Delete 3 activities").contains("Type 3 to confirm");
        ids.forEach(id -> assertThat(portal().activity(id)).isPresent());
        assertThat(portal().requests("batch")).noneMatch(b -> b.params().toString().contains("crm.activity.delete"));

        CliRun.Result confirmed = cli().terminal("3\n").run("delete-activities", "--webhook-env", "HOOK", range);

        assertThat(confirmed.exitCode()).as(confirmed.err()).isEqualTo(ExitCodes.DONE);
        ids.forEach(id -> assertThat(portal().activity(id)).isEmpty());
        assertThat(confirmed.out()).contains("Backup:").contains("Deleted: 3");
        assertThat(backupsIn(new CliRun(home).dirs().backups())).hasSize(1);
    }

    @Test
    void deletesWhatTheActivitiesSearchFiltersMatchAndNothingElse() {
        List<Long> mine = portal().addActivities(4, DEAL, 903);
        List<Long> other = portal().addActivities(2, DEAL, 904);
        int before = portal().activityCount();

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                "--owner-type", "deal", "--owner-id", "903");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        mine.forEach(id -> assertThat(portal().activity(id)).isEmpty());
        other.forEach(id -> assertThat(portal().activity(id)).isPresent());
        assertThat(portal().activityCount()).isEqualTo(before - 4);
        assertThat(r.json().path("requested").asInt()).isEqualTo(4);
        assertThat(r.err()).contains("Found 4 activities");
    }

    @Test
    void aRefusedActivityMakesItAPartialFailureNamedWithItsCode() {
        List<Long> ids = portal().addActivities(3, DEAL, 905);
        portal().setActivityAccess(ids.get(1), ActivityAccess.APP_CREATED);

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                ids.get(0) + "-" + ids.get(2));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        JsonNode doc = r.json();
        assertThat(doc.path("counts").path("DELETED").asInt()).isEqualTo(2);
        JsonNode refused = doc.path("outcomes").get(1);
        assertThat(refused.path("id").asLong()).isEqualTo(ids.get(1));
        assertThat(refused.path("status").asText()).isEqualTo("APP_CONTEXT_REQUIRED");
        assertThat(refused.path("description").asText()).contains("Application context required");
        assertThat(portal().activity(ids.get(1))).isPresent();
    }

    @Test
    void idsThatCannotBeReadAreBadInputWithTheirLineAndNothingIsSent() {
        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "12", "5-1", "abc");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("\"5-1\" runs backwards").contains("\"abc\" is not an id");
        assertThat(portal().requests()).isEmpty();
    }

    @Test
    void idsTogetherWithFiltersOrNoCriteriaAtAllAreBadUsage() {
        assertThat(cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "12", "--owner-id", "3")
                .exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli().run("delete-activities", "--webhook-env", "HOOK", "--yes").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--owner-type", "planet")
                .exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(portal().requests()).isEmpty();
    }

    @Test
    void byBadgeItDeletesTheOpenActivitiesThatCarryItAndLeavesTheCompletedOnes() {
        String badge = "deliveryDelayed";
        List<Long> carriers = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            portal().activity(id).ifPresent(a -> {
                if (badge.equals(a.path("PROVIDER_PARAMS").path("badgeCode").asText())) {
                    carriers.add(a.path("ID").asLong());
                    if (!"Y".equals(a.path("COMPLETED").asText())) {
                        open.add(a.path("ID").asLong());
                    }
                }
            });
        }
        assertThat(open).isNotEmpty();
        CliRun.Result completed = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json",
                "--badge", badge, "--completed");
        assertThat(completed.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(completed.json().path("requested").asInt()).isEqualTo(carriers.size() - open.size());
        open.forEach(id -> assertThat(portal().activity(id)).isPresent());

        CliRun.Result r = cli().run("delete-activities", "--webhook-env", "HOOK", "--yes", "--json", "--badge", badge,
                "--open");

        JsonNode doc = r.json();
        List<Long> asked = new ArrayList<>();
        doc.path("outcomes").forEach(o -> asked.add(o.path("id").asLong()));
        assertThat(asked).containsExactlyInAnyOrderElementsOf(open);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        open.forEach(id -> assertThat(portal().activity(id)).isEmpty());
        carriers.stream().filter(id -> !open.contains(id))
                .forEach(id -> assertThat(portal().activity(id)).as("completed carrier " + id).isPresent());
        assertThat(doc.path("backedUp").asInt()).isEqualTo(open.size());
    }

    private static List<Path> backupsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int firstIndexOf(List<RecordedRequest> batches, String method) {
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i).params().toString().contains(method)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<RecordedRequest> batches, String method) {
        int last = -1;
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i).params().toString().contains(method)) {
                last = i;
            }
        }
        return last;
    }
}
