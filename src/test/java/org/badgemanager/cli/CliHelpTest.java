package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The help exists in English and Russian, complete in both, picked by the locale variables. */
class CliHelpTest {
    private static final String CYRILLIC = ".*[\\u0400-\\u04FF].*";
    @TempDir
    Path home;

    @Test
    void bothLanguagesHaveEveryKeyAndNoEmptyText() {
        ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT, noFallback());
        ResourceBundle ru = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("ru"), noFallback());

        assertThat(ru.getLocale().getLanguage()).isEqualTo("ru");
        assertThat(new TreeSet<>(ru.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        Set<String> blankAllowed = Set.of("usage.headerHeading");
        for (String key : en.keySet()) {
            if (!blankAllowed.contains(key)) {
                assertThat(en.getString(key)).as(key).isNotBlank();
                assertThat(ru.getObject(key)).as(key).isNotNull();
            }
        }
    }

    @Test
    void withARussianLangTheHelpOfEveryCommandIsInRussian() {
        Map<String, CommandLine> commands = Cli.commandLine(context("ru_RU.UTF-8")).getSubcommands();

        assertThat(commands.keySet()).contains("list", "export", "compare", "apply", "delete-activities");
        for (CommandLine command : commands.values()) {
            String name = command.getCommandName();
            assertThat(String.join(" ", command.getCommandSpec().usageMessage().header())).as(name).matches(CYRILLIC);
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(String.join(" ", option.description())).as(name + " " + option.longestName())
                        .matches(CYRILLIC);
            }
            for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
                assertThat(String.join(" ", parameter.description())).as(name + " " + parameter.paramLabel())
                        .matches(CYRILLIC);
            }
        }
    }

    @Test
    void helpIsPrintedInTheLanguageOfLangAndEndsWithExitCodeZero() {
        CliRun.Result russian = new CliRun(home).env("LANG", "ru_RU.UTF-8").run("help", "delete-activities");
        CliRun.Result english = new CliRun(home).env("LANG", "en_GB.UTF-8").run("delete-activities", "--help");

        assertThat(russian.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(russian.out()).contains("Удалить дела CRM").contains("Коды выхода").contains("--yes");
        assertThat(english.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(english.out()).contains("Delete CRM activities").contains("Exit codes").doesNotMatch("(?s)" + CYRILLIC);
    }

    @Test
    void lcAllWinsOverLangAndAnUnknownLanguageFallsBackToEnglish() {
        CliRun.Result lcAll = new CliRun(home).env("LANG", "en_US.UTF-8").env("LC_ALL", "ru_RU.UTF-8").run("--help");
        CliRun.Result german = new CliRun(home).env("LANG", "de_DE.UTF-8").run("--help");

        assertThat(lcAll.out()).contains("Команды:");
        assertThat(german.out()).contains("Commands:");
    }

    private CliContext context(String lang) {
        CliRun run = new CliRun(home);
        return new CliContext(run.dirs(), run.secrets(), Map.of("LANG", lang)::get,
                new Terminal(new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.BufferedReader(new java.io.StringReader("")), false),
                Portals.fastOptions(), java.time.Clock.systemUTC());
    }

    private static ResourceBundle.Control noFallback() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    }
}
