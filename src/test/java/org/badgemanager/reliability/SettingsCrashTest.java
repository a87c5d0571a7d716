package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings and secrets survive a crash during a save; an unreadable settings file is moved aside, not fatal. */
class SettingsCrashTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SettingsCrashTest.class);
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killingTheAppInTheMiddleOfSavingLeavesAFileThatParsesToAWholeVersion() throws Exception {
        for (int kill = 1; kill <= KILLS; kill++) {
            Process saver = new ProcessBuilder(javaCommand(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SettingsSaver.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            int saved = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                // let it save a varying number of times, then kill it hard while it is still writing
                int target = 15 * kill;
                for (String line = out.readLine(); line != null && saved < target; line = out.readLine()) {
                    if (line.startsWith("saved ")) {
                        saved = Integer.parseInt(line.substring(6));
                    }
                }
                saver.destroyForcibly();
                assertThat(saver.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(saved).as("the child saved before it was killed").isGreaterThanOrEqualTo(15 * kill);

            SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
            Settings loaded = store.load();
            assertThat(store.lastProblem()).as("kill %d left an unreadable file", kill).isNull();
            int version = Integer.parseInt(loaded.lastProfileId().split("-")[1]);
            assertThat(version).isGreaterThanOrEqualTo(saved);
            assertThat(loaded).as("a whole version, not a mix").isEqualTo(SettingsSaver.version(version));
            Map<String, String> secret = new FileSecretStore(dir.resolve("secrets.json")).load("p" + (saved % 7));
            assertThat(secret.get("webhookUrl")).as("secrets parse after kill %d", kill).startsWith("https://");
        }
        ROWS.add("Settings", "App killed (destroyForcibly) while saving settings and secrets in a loop", KILLS,
                "settings.json and secrets.json parse to one whole version after every kill", "", 0);
    }

    @Test
    void anUnreadableSettingsFileIsMovedAsideAndTheUserIsTold() throws IOException {
        Path file = dir.resolve("config").resolve("settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"profiles\":[{\"id\":\"a\",\"name\":\"Prod\"", StandardCharsets.UTF_8);
        ConnectionService service = new ConnectionService(new SettingsStore(file),
                new FileSecretStore(dir.resolve("config").resolve("secrets.json")), null, ClientOptions.defaults());
        assertThat(service.settings()).isEqualTo(Settings.empty());
        String movedTo = service.takeSettingsProblem();
        assertThat(movedTo).startsWith("settings.json.corrupt-");
        assertThat(service.takeSettingsProblem()).as("told once").isNull();
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).containsExactly(movedTo);
        }
        assertThat(Files.readString(file.resolveSibling(movedTo))).startsWith("{\"profiles\"");
        service.updateSettings(s -> s.withUiLanguage("ru"));
        assertThat(new SettingsStore(file).load().uiLanguage()).isEqualTo("ru");
        ROWS.add("Settings", "Corrupt settings.json at start-up", 1,
                "popup \"Settings reset\": the file was moved aside as settings.json.corrupt-…; the app starts",
                "Saved profiles are not listed now: connect again. Nothing on the portal was touched.", 0);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
