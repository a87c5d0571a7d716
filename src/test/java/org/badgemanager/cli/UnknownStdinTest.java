package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether {@code apply} may change a portal without asking: in a terminal it asks; where stdin is known not to be
 * a terminal (CI on Linux) it runs; where the system cannot tell (Windows and macOS with output redirected, where
 * only {@code System.console()} is there to ask) it refuses without {@code --yes} and sends nothing. The probe is
 * given what the OS would show, so every platform's case runs here.
 */
class UnknownStdinTest {
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

    private Path withOneNewBadge() throws Exception {
        Path file = home.resolve("plus-one.json");
        CliRun.Result r = cli().run("export", "--webhook-env", "HOOK", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DONE);
        List<Badge> badges = new ArrayList<>(BadgeSetFiles.read(file).badges());
        badges.add(new Badge("cliNew", LocalizedText.of("From CI"), LocalizedText.of("Yes"), BadgeType.PRIMARY));
        BadgeSetFiles.write(BadgeSet.of(badges), file);
        return file;
    }

    @Test
    void whenTheSystemCannotTellApplyRefusesWithoutYesAndSendsNothing() throws Exception {
        Path file = withOneNewBadge();
        portal().clearRequests();

        CliRun.Result r = cli().stdin(Terminal.Stdin.UNKNOWN, "yes\n").run("apply", "--webhook-env", "HOOK",
                file.toString());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Refusing to apply without a confirmation").contains("--yes");
        assertThat(r.out()).isEmpty();
        assertThat(portal().requests()).isEmpty();
        assertThat(portal().badge("cliNew")).isEmpty();
    }

    @Test
    void whenTheSystemCannotTellYesAppliesAndADryRunNeedsNoAnswer() throws Exception {
        Path file = withOneNewBadge();

        CliRun.Result dry = cli().stdin(Terminal.Stdin.UNKNOWN, "").run("apply", "--webhook-env", "HOOK",
                "--dry-run", file.toString());
        assertThat(dry.exitCode()).as(dry.all()).isEqualTo(ExitCodes.DIFFERENCES_OR_PARTIAL);
        assertThat(portal().badge("cliNew")).isEmpty();

        CliRun.Result yes = cli().stdin(Terminal.Stdin.UNKNOWN, "").run("apply", "--webhook-env", "HOOK", "--yes",
                file.toString());
        assertThat(yes.exitCode()).as(yes.all()).isEqualTo(ExitCodes.DONE);
        assertThat(portal().badge("cliNew")).isPresent();
    }

    @Test
    void inRussianTheRefusalIsInRussian() throws Exception {
        Path file = withOneNewBadge();

        CliRun.Result r = cli().env("LANG", "ru_RU.UTF-8").stdin(Terminal.Stdin.UNKNOWN, "").run("apply",
                "--webhook-env", "HOOK", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Изменения без подтверждения не вносятся");
    }

    @Test
    void deleteActivitiesAlsoRefusesWhenTheSystemCannotTell() {
        CliRun.Result r = cli().stdin(Terminal.Stdin.UNKNOWN, "").run("delete-activities", "--webhook-env", "HOOK",
                "1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(portal().requests()).isEmpty();
    }

    @Test
    void theProbeReadsWhereStdinPointsAndCannotTellWithoutThatOrAConsole() throws Exception {
        Path tty = Files.createSymbolicLink(home.resolve("fd0-tty"), Path.of("/dev/pts/3"));
        Path pipe = Files.createSymbolicLink(home.resolve("fd0-pipe"), Path.of("pipe:[4242]"));
        Path none = home.resolve("no-proc-here");

        assertThat(new StdinProbe(tty, () -> false).probe()).isEqualTo(Terminal.Stdin.TERMINAL);
        assertThat(new StdinProbe(pipe, () -> false).probe()).isEqualTo(Terminal.Stdin.NOT_TERMINAL);
        // Windows and macOS: no descriptor link; a console means both ends are terminals
        assertThat(new StdinProbe(none, () -> true).probe()).isEqualTo(Terminal.Stdin.TERMINAL);
        // stdout redirected there: no console, and stdin may still be someone's keyboard
        assertThat(new StdinProbe(none, () -> false).probe()).isEqualTo(Terminal.Stdin.UNKNOWN);
    }
}
