package org.badgemanager.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.badgemanager.bitrix.Json;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.testutil.Portals;

/**
 * Runs one command line in this JVM the way a user's shell would: its own data folder, environment, stdin (a
 * terminal or not) and captured stdout/stderr. {@link Result} holds the exit code and both texts.
 */
final class CliRun {
    private final AppDirs dirs;
    private final SecretStore secrets;
    private final Map<String, String> environment = new HashMap<>();
    private String stdin = "";
    private Terminal.Stdin stdinKind = Terminal.Stdin.NOT_TERMINAL;

    CliRun(Path home) {
        this.dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        this.secrets = FileSecretStore.in(dirs);
        environment.put("LANG", "en_US.UTF-8");
    }

    AppDirs dirs() {
        return dirs;
    }

    SecretStore secrets() {
        return secrets;
    }

    CliRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A terminal on stdin that answers with {@code typed}. */
    CliRun terminal(String typed) {
        this.stdinKind = Terminal.Stdin.TERMINAL;
        this.stdin = typed;
        return this;
    }

    /** Standard input as the OS probe found it: a terminal, not one, or that it cannot tell. */
    CliRun stdin(Terminal.Stdin kind, String typed) {
        this.stdinKind = kind;
        this.stdin = typed;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(stdin)), stdinKind);
        CliContext context = new CliContext(dirs, secrets, environment::get, terminal, Portals.fastOptions(),
                Clock.systemDefaultZone());
        int code = Cli.run(args, context);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return Json.parse(out);
        }

        /** Everything the user saw. */
        String all() {
            return out + err;
        }
    }
}
