package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.badgemanager.bitrix.Json;
import org.badgemanager.settings.SkippedProfile.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings file on disk: round trips, a profile that cannot be read, a file that cannot be read. */
class SettingsStoreTest {
    private static final String SANDBOX = "{\"id\":\"s1\",\"name\":\"Sandbox\",\"kind\":\"SANDBOX\"}";
    private static final String WEBHOOK = "{\"id\":\"w1\",\"name\":\"Prod\",\"kind\":\"WEBHOOK\","
            + "\"maskedWebhookUrl\":\"https://p.example.com/rest/1/••••••/\"}";
    private static final String OAUTH = "{\"id\":\"o1\",\"name\":\"App\",\"kind\":\"OAUTH\","
            + "\"clientEndpoint\":\"https://p.example.com/rest/\",\"serverEndpoint\":\"https://oauth.bitrix.info/\","
            + "\"clientId\":\"local.1\"}";

    @TempDir Path dir;

    private Path file() {
        return dir.resolve("config").resolve("settings.json");
    }

    private SettingsStore storeWith(String json) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), json, StandardCharsets.UTF_8);
        return new SettingsStore(file());
    }

    private static String withProfiles(String... entries) {
        return "{\"profiles\":[" + String.join(",", entries) + "],\"lastProfileId\":\"w1\",\"uiLanguage\":\"ru\"}";
    }

    private List<String> filesInConfig() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noFileMeansEmptySettingsAndNothingIsWritten() {
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load()).isEqualTo(Settings.empty());
        assertThat(store.lastProblem()).isNull();
        assertThat(store.skippedProfiles()).isEmpty();
        assertThat(Files.exists(dir.resolve("config"))).isFalse();
    }

    @Test
    void settingsRoundTripThroughTheFile() throws IOException {
        SettingsStore store = new SettingsStore(file());
        Settings saved = Settings.empty()
                .withProfile(Profile.sandbox("s1", "Sandbox"))
                .withProfile(new Profile("o1", "App", ConnectionKind.OAUTH, java.util.Map.of(
                        "clientEndpoint", "https://p.example.com/rest/", "serverEndpoint", "https://oauth.bitrix.info/",
                        "clientId", "local.1")))
                .withUiLanguage("ru")
                .withWindow(new Settings.WindowBounds(10, 20, 800, 600, true));
        store.save(saved);

        SettingsStore reopened = new SettingsStore(file());
        assertThat(reopened.load()).isEqualTo(saved);
        assertThat(reopened.lastProblem()).isNull();
        assertThat(reopened.skippedProfiles()).isEmpty();
        assertThat(Files.readString(file())).contains("\n").contains("\"lastProfileId\" : \"o1\"");
        assertThat(filesInConfig()).containsExactly("settings.json");
        assertThat(store.file()).isEqualTo(file());
        assertThat(SettingsStore.in(new AppDirs(dir.resolve("config"), dir.resolve("data"))).file())
                .isEqualTo(file());
    }

    @Test
    void aProfileWithoutKindIsSkippedTheOthersLoadAndTheFileIsNotTouched() throws IOException {
        String broken = "{\"id\":\"b1\",\"name\":\"Broken\",\"maskedWebhookUrl\":\"https://b.example.com/rest/1/x/\"}";
        String json = withProfiles(SANDBOX, broken, WEBHOOK);
        SettingsStore store = storeWith(json);

        Settings loaded = store.load();

        assertThat(loaded.profiles()).extracting(Profile::id).containsExactly("s1", "w1");
        assertThat(loaded.lastProfileId()).isEqualTo("w1");
        assertThat(loaded.uiLanguage()).isEqualTo("ru");
        assertThat(store.skippedProfiles()).containsExactly(new SkippedProfile("Broken", Problem.NO_KIND));
        assertThat(store.lastProblem()).as("the file as a whole was readable").isNull();
        assertThat(Files.readString(file())).isEqualTo(json);
        assertThat(filesInConfig()).containsExactly("settings.json");
    }

    @Test
    void aLaterSaveKeepsTheSkippedEntryAsItWasWritten() throws IOException {
        String broken = "{\"id\":\"b1\",\"name\":\"Broken\",\"kind\":\"FTP\",\"extra\":{\"keep\":[1,2]}}";
        SettingsStore store = storeWith(withProfiles(SANDBOX, broken));
        Settings loaded = store.load();

        store.save(loaded.withUiLanguage("en").withProfile(Profile.sandbox("s2", "Second")));

        JsonNode written = Json.mapper().readTree(file().toFile());
        assertThat(written.get("uiLanguage").asText()).isEqualTo("en");
        assertThat(written.get("profiles")).hasSize(3);
        assertThat(written.get("profiles").get(2)).isEqualTo(Json.parse(broken));
        SettingsStore reopened = new SettingsStore(file());
        assertThat(reopened.load().profiles()).extracting(Profile::id).containsExactly("s1", "s2");
        assertThat(reopened.skippedProfiles()).containsExactly(new SkippedProfile("Broken", Problem.UNKNOWN_KIND));
    }

    @Test
    void eachKindOfBrokenEntryIsNamedWithItsReason() throws IOException {
        SettingsStore store = storeWith(withProfiles(
                "\"just text\"",
                "{\"name\":\"No id\",\"kind\":\"SANDBOX\"}",
                "{\"id\":\" \",\"kind\":\"SANDBOX\"}",
                SANDBOX,
                "{\"id\":\"s1\",\"name\":\"Twin\",\"kind\":\"SANDBOX\"}",
                "{\"id\":\"k1\",\"name\":\"Null kind\",\"kind\":null}",
                "{\"id\":\"k2\",\"name\":\"Number kind\",\"kind\":3}",
                "{\"id\":\"k3\",\"name\":\"Lower kind\",\"kind\":\"webhook\"}",
                "{\"id\":\"w2\",\"name\":\"Hook without address\",\"kind\":\"WEBHOOK\"}",
                "{\"id\":\"o2\",\"name\":\"App without client\",\"kind\":\"OAUTH\","
                        + "\"clientEndpoint\":\"https://p.example.com/rest/\",\"serverEndpoint\":\"https://o.example/\"}",
                "{\"id\":\"o3\",\"name\":\"App without server\",\"kind\":\"OAUTH\","
                        + "\"clientEndpoint\":\"https://p.example.com/rest/\",\"clientId\":\"c\"}",
                "{\"id\":\"o4\",\"name\":\"App without portal\",\"kind\":\"OAUTH\","
                        + "\"serverEndpoint\":\"https://o.example/\",\"clientId\":\"c\"}",
                "{\"id\":\"n1\",\"kind\":\"SANDBOX\"}",
                "{\"id\":\"m1\",\"name\":\"Odd field\",\"kind\":\"SANDBOX\",\"clientId\":{\"a\":1}}",
                WEBHOOK, OAUTH));

        Settings loaded = store.load();

        // an OAuth app without its server address is listed: signing in again tells it the server
        assertThat(loaded.profiles()).extracting(Profile::id).containsExactly("s1", "o3", "w1", "o1");
        assertThat(store.skippedProfiles()).containsExactly(
                new SkippedProfile("#1", Problem.MALFORMED),
                new SkippedProfile("No id", Problem.NO_ID),
                new SkippedProfile("#3", Problem.NO_ID),
                new SkippedProfile("Twin", Problem.DUPLICATE_ID),
                new SkippedProfile("Null kind", Problem.NO_KIND),
                new SkippedProfile("Number kind", Problem.NO_KIND),
                new SkippedProfile("Lower kind", Problem.UNKNOWN_KIND),
                new SkippedProfile("Hook without address", Problem.INCOMPLETE),
                new SkippedProfile("App without client", Problem.INCOMPLETE),
                new SkippedProfile("App without portal", Problem.INCOMPLETE),
                new SkippedProfile("n1", Problem.INCOMPLETE),
                new SkippedProfile("Odd field", Problem.MALFORMED));
    }

    @Test
    void aLoadAfterTheFileWasFixedForgetsTheSkippedEntries() throws IOException {
        SettingsStore store = storeWith(withProfiles(SANDBOX, "{\"id\":\"b1\",\"name\":\"Broken\"}"));
        store.load();
        assertThat(store.skippedProfiles()).hasSize(1);
        Files.writeString(file(), withProfiles(SANDBOX));

        assertThat(store.load().profiles()).hasSize(1);
        assertThat(store.skippedProfiles()).isEmpty();
        store.save(Settings.empty());
        assertThat(Json.mapper().readTree(file().toFile()).get("profiles")).isEmpty();
    }

    @Test
    void noProfilesListIsNoProfiles() throws IOException {
        for (String json : List.of("{}", "{\"profiles\":null,\"uiLanguage\":\"en\"}")) {
            SettingsStore store = storeWith(json);
            assertThat(store.load().profiles()).isEmpty();
            assertThat(store.lastProblem()).isNull();
            assertThat(filesInConfig()).containsExactly("settings.json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"profiles\":[{\"id\":\"a\",\"na", "", "null", "[]", "42", "{\"profiles\":{}}",
            "{\"profiles\":\"x\"}", "{\"window\":\"left\"}", "{\"uiLanguage\":{\"x\":1}}"})
    void aFileThatCannotBeReadAtAllIsMovedAsideAndTheAppStartsEmpty(String json) throws IOException {
        SettingsStore store = storeWith(json);

        assertThat(store.load()).isEqualTo(Settings.empty());

        String aside = store.lastProblem();
        assertThat(aside).startsWith("settings.json.corrupt-");
        assertThat(filesInConfig()).containsExactly(aside);
        assertThat(Files.readString(file().resolveSibling(aside))).isEqualTo(json);
        assertThat(store.skippedProfiles()).isEmpty();
    }

    @Test
    void aSaveThatCannotWriteSaysSo() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
        SettingsStore store = new SettingsStore(dir.resolve("blocker").resolve("settings.json"));
        assertThatThrownBy(() -> store.save(Settings.empty())).isInstanceOf(IOException.class);
    }

    /** What support reads in the log: which profile was skipped and why, where an unreadable file went. */
    @Test
    void theLogNamesTheSkippedProfileAndTheFileMovedAside() throws IOException {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SettingsStore.class.getName());
        logger.addHandler(capture);
        try {
            storeWith(withProfiles(SANDBOX, "{\"id\":\"b1\",\"name\":\"Broken\"}")).load();
            assertThat(lines).anyMatch(l -> l.contains("Broken") && l.contains("NO_KIND"));
            SettingsStore corrupt = storeWith("{");
            corrupt.load();
            assertThat(lines).anyMatch(l -> l.contains(corrupt.lastProblem()));
        } finally {
            logger.removeHandler(capture);
        }
    }
}
