package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.FreshSandbox;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}, and what every command shares: connecting, exit codes 2 and 3, secrets never shown. */
class CliListTest {
    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults());
    @TempDir
    Path home;

    private CliRun cli() {
        return new CliRun(home).env("HOOK", sandbox.portal().webhookUrl());
    }

    @Test
    void listsEveryBadgeOfThePortalForPeople() {
        CliRun.Result r = cli().run("list", "--webhook-env", "HOOK");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(sandbox.portal().badges().size());
        for (SandboxBadge b : sandbox.portal().badges()) {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(b.code() + " ").contains(b.type()));
        }
        assertThat(r.err()).contains("Connected:");
    }

    @Test
    void jsonHoldsTheBadgesExactlyAsThePortalStoresThem() {
        CliRun.Result r = cli().run("list", "--webhook-env", "HOOK", "--json");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        JsonNode doc = r.json();
        assertThat(doc.path("count").asInt()).isEqualTo(sandbox.portal().badges().size());
        List<String> codes = new ArrayList<>();
        for (JsonNode b : doc.path("badges")) {
            codes.add(b.path("code").asText());
            SandboxBadge stored = sandbox.portal().badge(b.path("code").asText()).orElseThrow();
            assertThat(b.path("title")).isEqualTo(stored.title());
            assertThat(b.path("value")).isEqualTo(stored.value());
            assertThat(b.path("type").asText()).isEqualTo(stored.type());
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                sandbox.portal().badges().stream().map(SandboxBadge::code).toList());
        assertThat(doc.path("portal").asText()).isNotBlank();
    }

    @Test
    void aProfileSavedInTheWindowConnectsWithItsSecretFromTheSecretStoreAndNeverShowsIt() {
        CliRun run = new CliRun(home);
        ConnectionService window = new ConnectionService(SettingsStore.in(run.dirs()), run.secrets(),
                new EmbeddedSandbox(), Portals.fastOptions(), SafetyNets.inMemoryOnly(), LiveSecrets.process());
        window.remember(new ConnectionRequest(null, "Staging", ConnectionRequest.webhook(
                sandbox.portal().webhookUrl()).details()));

        CliRun.Result r = run.run("list", "--profile", "Staging", "--json");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(r.json().path("count").asInt()).isEqualTo(sandbox.portal().badges().size());
        assertThat(r.all()).doesNotContain(sandbox.portal().webhookCode());
    }

    @Test
    void anUnknownProfileIsBadInputAndNamesTheSavedOnes() {
        CliRun.Result r = cli().run("list", "--profile", "Nope");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Nope");
        assertThat(sandbox.portal().requests()).isEmpty();
    }

    @Test
    void badUsageIsExitCodeTwoAndSendsNothing() {
        assertThat(cli().run("list").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli().run("list", "--webhook-env", "HOOK", "--profile", "x").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli().run("list", "--webhook-env", "HOOK", "--colour").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli().run("list", "--webhook-env", "UNSET_VARIABLE").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun.Result notAWebhook = cli().env("HOOK", "https://example.com/some/page").run("list", "--webhook-env",
                "HOOK");
        assertThat(notAWebhook.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notAWebhook.err()).contains("HOOK");
        assertThat(sandbox.portal().requests()).isEmpty();
    }

    @Test
    void anUnreachablePortalIsExitCodeThree() {
        String nobody = "http://127.0.0.1:" + Portals.freePort() + "/rest/1/abcdefgh12345678/";

        CliRun.Result r = new CliRun(home).env("HOOK", nobody).run("list", "--webhook-env", "HOOK");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
        assertThat(r.err()).contains("CONNECTION_FAILED").doesNotContain("abcdefgh12345678");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aWebhookThePortalRefusesIsExitCodeThreeWithTheBitrixCodeAndNoSecret() {
        String wrongCode = sandbox.portal().webhookUrl().replace(sandbox.portal().webhookCode(), "wrongcode12345");

        CliRun.Result r = new CliRun(home).env("HOOK", wrongCode).run("list", "--webhook-env", "HOOK");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
        assertThat(r.err()).contains("NO_AUTH_FOUND").doesNotContain("wrongcode12345");
    }
    @Test
    void aProfileWhoseSecretIsGoneCannotConnectAndSaysWhereToFixIt() {
        CliRun run = new CliRun(home);
        ConnectionService window = new ConnectionService(SettingsStore.in(run.dirs()), run.secrets(),
                new EmbeddedSandbox(), Portals.fastOptions(), SafetyNets.inMemoryOnly(), LiveSecrets.process());
        var profile = window.remember(new ConnectionRequest(null, "Prod", ConnectionRequest.webhook(
                sandbox.portal().webhookUrl()).details()));
        run.secrets().delete(profile.id());

        CliRun.Result r = run.run("list", "--profile", "prod");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
        assertThat(r.err()).contains("Prod").contains("window");
        assertThat(sandbox.portal().requests()).isEmpty();
    }

    @Test
    void withARussianLangTheBadgesAreShownInRussianWhereTheyHaveIt() {
        CliRun.Result r = cli().env("LANG", "ru_RU.UTF-8").run("list", "--webhook-env", "HOOK");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Оплата");
        assertThat(r.err()).contains("Подключено");
    }
}
