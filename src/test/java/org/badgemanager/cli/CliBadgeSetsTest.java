package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.badgesets.InvalidBadgeSetException;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code compare} and {@code apply} against a sandbox portal: files, exit codes, JSON shapes. */
class CliBadgeSetsTest {
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

    private Path exported() {
        Path file = home.resolve("badges.json");
        CliRun.Result r = cli().run("export", "--webhook-env", "HOOK", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        return file;
    }

    @Test
    void exportWritesEveryBadgeOfThePortalToAFileThatReadsBackEqual() throws Exception {
        Path file = home.resolve("set.json");

        CliRun.Result r = cli().run("export", "--webhook-env", "HOOK", "-o", file.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        BadgeSet read = BadgeSetFiles.read(file);
        assertThat(read.size()).isEqualTo(portal().badges().size());
        for (SandboxBadge b : portal().badges()) {
            Badge inFile = read.find(b.code()).orElseThrow();
            assertThat(inFile.title().toJson()).isEqualTo(b.title());
            assertThat(inFile.value().toJson()).isEqualTo(b.value());
            assertThat(inFile.type().wireName()).isEqualTo(b.type());
        }
        JsonNode doc = r.json();
        assertThat(doc.path("count").asInt()).isEqualTo(read.size());
        assertThat(doc.path("format").asText()).isEqualTo("json");
        assertThat(doc.path("file").asText()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(doc.path("codes")).hasSize(read.size());
    }

    @Test
    void exportOfNamedCodesWritesOnlyThoseAndAnUnknownCodeWritesNothing() throws Exception {
        Path file = home.resolve("two.csv");
        CliRun.Result r = cli().run("export", "--webhook-env", "HOOK", "-o", file.toString(),
                "--code", "missedCall", "--code", "vipClient");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(BadgeSetFiles.read(file).badges()).extracting(Badge::code)
                .containsExactlyInAnyOrder("missedCall", "vipClient");

        Path none = home.resolve("none.json");
        CliRun.Result unknown = cli().run("export", "--webhook-env", "HOOK", "-o", none.toString(), "--code", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("nope");
        assertThat(none).doesNotExist();
    }

    @Test
    void compareExitsZeroWhenThePortalHoldsTheFilesBadges() {
        Path file = exported();

        CliRun.Result r = cli().run("compare", "--webhook-env", "HOOK", file.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.json().path("same").asBoolean()).isTrue();
        assertThat(r.json().path("comparison").isObject()).isTrue();
    }

    @Test
    void aPortalThatDoesNotAnswerTheReadIsExitThreeNeverADifference() {
        Path file = exported();
        portal().faults().failAlways("crm.activity.badge.list", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

        for (String command : new String[] {"compare", "apply", "list", "export"}) {
            CliRun.Result r = command.equals("list") ? cli().run("list", "--webhook-env", "HOOK", "--json")
                    : command.equals("export") ? cli().run("export", "--webhook-env", "HOOK", "-o",
                    home.resolve("again.json").toString(), "--json")
                    : cli().run(command, "--webhook-env", "HOOK", file.toString(), "--json");
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(ExitCodes.CANNOT_CONNECT);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).contains("QUERY_LIMIT_EXCEEDED");
        }
        assertThat(portal().requests("crm.activity.badge.add")).isEmpty();
    }

    @Test
    void compareExitsOneWhenTheyDifferInEitherDirection() throws Exception {
        Path file = exported();
        portal().removeBadge("vipClient");

        CliRun.Result missingOnPortal = cli().run("compare", "--webhook-env", "HOOK", file.toString());

        assertThat(missingOnPortal.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(missingOnPortal.out()).contains("only in the file: vipClient").contains("vipClient");

        Path fewer = home.resolve("fewer.json");
        BadgeSet onPortalNow = BadgeSetFiles.read(file);
        List<Badge> kept = new ArrayList<>(onPortalNow.badges());
        kept.removeIf(b -> b.code().equals("vipClient") || b.code().equals("missedCall"));
        BadgeSetFiles.write(BadgeSet.of(kept), fewer);

        CliRun.Result extraOnPortal = cli().run("compare", "--webhook-env", "HOOK", fewer.toString(), "--json");

        assertThat(extraOnPortal.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(extraOnPortal.json().path("same").asBoolean()).isFalse();
        assertThat(extraOnPortal.json().toString()).contains("missedCall");
    }

    @Test
    void compareShowsWhichFieldOfADifferentBadgeDiffers() throws Exception {
        Path file = home.resolve("changed.json");
        List<Badge> badges = new ArrayList<>(BadgeSetFiles.read(exported()).badges());
        badges.replaceAll(b -> b.code().equals("vipClient")
                ? new Badge(b.code(), b.title(), LocalizedText.of("Very important"), BadgeType.SUCCESS) : b);
        BadgeSetFiles.write(BadgeSet.of(badges), file);

        CliRun.Result r = cli().run("compare", "--webhook-env", "HOOK", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(r.out()).contains("different:").contains("vipClient").contains("type").contains("\"success\"")
                .contains("\"Very important\"");
    }

    @Test
    void aFileWithProblemsIsBadInputWithEveryProblemAndTheLineAndNothingIsSent() throws IOException {
        Path file = home.resolve("broken.json");
        Files.writeString(file, """
                {
                  "format": "badge-manager/badges",
                  "version": 1,
                  "badges": [
                    {"code": "ok1", "title": "A", "value": "B", "type": "primary"},
                    {"code": "bad code", "title": "A", "value": "B", "type": "purple"}
                  ]
                }
                """);

        for (String command : List.of("compare", "apply")) {
            CliRun.Result r = cli().run(command, "--webhook-env", "HOOK", file.toString());
            assertThat(r.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("broken.json").contains("Line 6");
        }
        CliRun.Result missing = cli().run("compare", "--webhook-env", "HOOK", home.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(portal().requests()).isEmpty();
        assertThat(invalid(file)).isTrue();
    }

    @Test
    void applyDryRunPrintsThePlanAndChangesNothing() throws Exception {
        Path file = withOneNewBadge();
        portal().clearRequests();

        CliRun.Result r = cli().run("apply", "--webhook-env", "HOOK", "--dry-run", file.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(r.json().path("dryRun").asBoolean()).isTrue();
        assertThat(r.json().path("plan").toString()).contains("cliNew");
        assertThat(r.json().path("report").isNull()).isTrue();
        assertThat(portal().badge("cliNew")).isEmpty();
        assertThat(portal().requests()).noneMatch(q -> q.method().equals("crm.activity.badge.add")
                || q.params().toString().contains("crm.activity.badge.add"));
    }

    @Test
    void applyWithoutATerminalRunsThePlanAndASecondRunChangesNothing() throws Exception {
        Path file = withOneNewBadge();

        CliRun.Result first = cli().run("apply", "--webhook-env", "HOOK", file.toString(), "--json");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.DONE);
        assertThat(portal().badge("cliNew")).isPresent();
        assertThat(first.json().path("report").isObject()).isTrue();
        // the portal as it was, kept as a badge-set file that undoes the run
        Path before = Path.of(first.json().path("report").path("backup").asText());
        assertThat(before.getParent()).isEqualTo(new CliRun(home).dirs().data().resolve("badge-sets"));
        assertThat(BadgeSetFiles.read(before).find("cliNew")).isEmpty();
        assertThat(BadgeSetFiles.read(before).size()).isEqualTo(portal().badges().size() - 1);
        assertThat(cli().run("compare", "--webhook-env", "HOOK", file.toString()).exitCode())
                .isEqualTo(ExitCodes.DONE);
        portal().clearRequests();

        CliRun.Result second = cli().run("apply", "--webhook-env", "HOOK", file.toString());

        assertThat(second.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(second.out()).contains("Nothing to do");
        assertThat(portal().requests()).noneMatch(q -> q.params().toString().contains("crm.activity.badge.add")
                || q.method().equals("crm.activity.badge.add"));
    }

    @Test
    void applyDeletesExtraBadgesOnlyWhenAsked() throws Exception {
        Path file = home.resolve("fewer.json");
        List<Badge> kept = new ArrayList<>(BadgeSetFiles.read(exported()).badges());
        kept.removeIf(b -> b.code().equals("demoScheduled"));
        BadgeSetFiles.write(BadgeSet.of(kept), file);

        assertThat(cli().run("apply", "--webhook-env", "HOOK", file.toString()).exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(portal().badge("demoScheduled")).isPresent();

        CliRun.Result r = cli().run("apply", "--webhook-env", "HOOK", "--delete-extra", file.toString());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.DONE);
        assertThat(portal().badge("demoScheduled")).isEmpty();
    }

    @Test
    void onATerminalApplyAsksAndAnythingButYesChangesNothing() throws Exception {
        Path file = withOneNewBadge();

        CliRun.Result r = cli().terminal("no\n").run("apply", "--webhook-env", "HOOK", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(r.err()).contains("Type yes");
        assertThat(portal().badge("cliNew")).isEmpty();
    }

    private Path withOneNewBadge() throws Exception {
        Path file = home.resolve("plus-one.json");
        List<Badge> badges = new ArrayList<>(BadgeSetFiles.read(exported()).badges());
        badges.add(new Badge("cliNew", LocalizedText.of("From CI"), LocalizedText.of("Yes"), BadgeType.PRIMARY));
        BadgeSetFiles.write(BadgeSet.of(badges), file);
        return file;
    }

    private static boolean invalid(Path file) throws IOException {
        try {
            BadgeSetFiles.read(file);
            return false;
        } catch (InvalidBadgeSetException e) {
            return true;
        }
    }
}
