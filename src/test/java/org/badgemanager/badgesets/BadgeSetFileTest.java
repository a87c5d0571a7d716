package org.badgemanager.badgesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The badge-set file as a user meets it: every broken file names each of its problems by line and field, in the
 * words the window and the command line show; the schema in docs/ and the reader agree; JSON and CSV carry the
 * same sets, shapes included.
 */
class BadgeSetFileTest {
    private static final Path SCHEMA = Path.of("docs/badge-set.schema.json");
    private static final Path EXAMPLE = Path.of("docs/badge-set.example.json");
    private static final String HEAD = "{\n  \"format\": \"badge-manager/badges\",\n  \"version\": 1,\n  \"badges\": [\n";
    private static final String TAIL = "\n  ]\n}\n";

    /** A file whose badges are these lines (line 5 is the first badge line). */
    private static String file(String... badgeLines) {
        return HEAD + String.join("\n", badgeLines) + TAIL;
    }

    /**
     * Each invalid file with every problem it must report, in English; {@code schemaTells}: whether the JSON Schema
     * can see it too (length after the portal's encoding, duplicate codes and keys are beyond a schema).
     */
    static Stream<Arguments> invalidJson() {
        return Stream.of(
                Arguments.of("not JSON", "{\"format\": \"badge-manager/badges\",\n \"badges\": [ }", false,
                        List.of("Line 2: This is not valid JSON: Unexpected close marker '}': expected ']'")),
                Arguments.of("empty file", "", false, List.of("The file is empty.")),
                Arguments.of("an array, not an object", "[]", true,
                        List.of("Line 1: The file must be a JSON object with \u201cformat\u201d, \u201cversion\u201d and \u201cbadges\u201d.")),
                Arguments.of("wrong format, no version, no badges", "{\"format\": \"other\"}", true, List.of(
                        "Line 1, format: The format is \"other\", not \u201cbadge-manager/badges\u201d: this is not a badge-set file.",
                        "Line 1, version: The field \u201cversion\u201d is missing or not a whole number; this app reads version 1.",
                        "Line 1, badges: The list \u201cbadges\u201d is missing.")),
                Arguments.of("a version too large for any number type",
                        "{\"format\": \"badge-manager/badges\", \"version\": 123456789012345678901234567890, \"badges\": []}",
                        true, List.of("Line 1, version: The file is version 123456789012345678901234567890, made by a newer app")),
                Arguments.of("newer version, unknown top field",
                        "{\"format\": \"badge-manager/badges\",\n\"version\": 2,\n\"colour\": \"x\",\n\"badges\": []}", true,
                        List.of("Line 2, version: The file is version 2, made by a newer app; this app reads version 1. Update the app.",
                                "Line 3, colour: Unknown field \u201ccolour\u201d (a typo?).")),
                Arguments.of("bad code, type and texts in one badge", file(
                        "    {\"code\": \"a b\", \"type\": \"red\",",
                        "     \"title\": {\"en\": \"\", \"xx\": \"y\"},",
                        "     \"value\": 5, \"extra\": 1}"), true, List.of(
                        "Line 5, badges[0].code: Use only Latin letters, digits, _ and -.",
                        "Line 5, badges[0].type: Unknown type \u201cred\u201d; use one of: success, failure, warning, primary, secondary.",
                        "Line 6, badges[0].title.en: Missing in English.",
                        "Line 6, badges[0].title.xx: Bitrix24 does not know the language xx.",
                        "Line 7, badges[0].extra: Unknown field \u201cextra\u201d (a typo?).",
                        "Line 7, badges[0].value: Must be one text or a map of language ids to texts.")),
                Arguments.of("missing fields", file("    {\"code\": \"ok\"}"), true, List.of(
                        "Line 5, badges[0].type: The type is missing; use one of: success, failure, warning, primary, secondary.",
                        "Line 5, badges[0].title: Enter a text.",
                        "Line 5, badges[0].value: Enter a text.")),
                Arguments.of("code too long, blank title, empty language map, number in a map", file(
                        "    {\"code\": \"" + "c".repeat(31) + "\", \"type\": \"success\",",
                        "     \"title\": \"  \", \"value\": {}},",
                        "    {\"code\": \"x\", \"type\": \"success\", \"title\": \"T\",",
                        "     \"value\": {\"ru\": 7}}"), true, List.of(
                        "Line 5, badges[0].code: The code may have at most 30 characters.",
                        "Line 6, badges[0].title: Enter a text.",
                        "Line 6, badges[0].value: Add at least one language.",
                        "Line 8, badges[1].value.ru: Must be a text in quotes.")),
                Arguments.of("a badge that is not an object", file("    \"missedCall\""), true,
                        List.of("Line 5, badges[0]: A badge must be an object with code, type, title and value.")),
                Arguments.of("control characters", file(
                        "    {\"code\": \"x\", \"type\": \"success\", \"title\": \"a\\u0007b\", \"value\": \"v\"}"), true,
                        List.of("Line 5, badges[0].title: The text contains control characters.")),
                Arguments.of("too long for the portal", file(
                        "    {\"code\": \"x\", \"type\": \"success\", \"title\": \"" + "<".repeat(700) + "\", \"value\": \"v\"}"),
                        false, List.of("Line 5, badges[0].title: The text is too long for the portal (4000 characters in all languages).")),
                Arguments.of("the same code twice", file(
                        "    {\"code\": \"x\", \"type\": \"success\", \"title\": \"T\", \"value\": \"V\"},",
                        "    {\"code\": \"x\", \"type\": \"failure\", \"title\": \"T\", \"value\": \"V\"}"), false,
                        List.of("Line 6, badges[1].code: The code x is used twice (first on line 5).")),
                Arguments.of("the same key twice", file(
                        "    {\"code\": \"x\", \"type\": \"success\", \"title\": \"T\",",
                        "     \"title\": \"U\", \"value\": \"V\"}"), false,
                        List.of("Line 6, badges[0].title: The field \u201ctitle\u201d is given twice.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidJson")
    void everyProblemOfAnInvalidFileIsNamedWithItsLineAndField(String name, String text, boolean schemaTells,
                                                                List<String> expected) {
        assertThatThrownBy(() -> BadgeSetJson.parse(text))
                .isInstanceOfSatisfying(InvalidBadgeSetException.class, e -> assertThat(
                        e.problems().stream().map(FileProblem::describe).toList())
                        .zipSatisfy(expected, (actual, wanted) -> assertThat(actual).startsWith(wanted))
                        .hasSameSizeAs(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidJson")
    void theSchemaRefusesWhatTheReaderRefusesWhereASchemaCanTell(String name, String text, boolean schemaTells,
                                                                 List<String> expected) throws Exception {
        if (schemaTells) {
            assertThat(schema().validate(text, InputFormat.JSON)).as(name).isNotEmpty();
        }
    }

    @Test
    void theSchemaAndTheReaderAcceptTheDocsExampleAndEveryExportedSet() throws Exception {
        String example = Files.readString(EXAMPLE);
        assertThat(schema().validate(example, InputFormat.JSON)).isEmpty();
        assertThat(BadgeSetJson.parse(example).size()).isEqualTo(2);
        String exported = BadgeSetJson.format(everyShape(), "https://example.bitrix24.com:443");
        assertThat(schema().validate(exported, InputFormat.JSON)).isEmpty();
        assertThat(BadgeSetJson.parse(exported)).isEqualTo(everyShape());
    }

    @Test
    void problemsReadInRussianToo() {
        InvalidBadgeSetException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidBadgeSetException.class,
                () -> BadgeSetJson.parse(file("    {\"code\": \"x\", \"type\": \"red\", \"title\": \"T\", \"value\": \"V\"}")));
        assertThat(e.problems().get(0).describe(BadgeSetMessages.bundle(Locale.forLanguageTag("ru"))))
                .isEqualTo("Строка 5, badges[0].type: Неизвестный тип «red»; возможны: success, failure, warning, "
                        + "primary, secondary.");
    }

    @Test
    void everyBadgeSetWordIsInBothLanguages() throws Exception {
        java.util.ResourceBundle en = BadgeSetMessages.bundle(Locale.ROOT);
        java.util.ResourceBundle ru = BadgeSetMessages.bundle(Locale.forLanguageTag("ru"));
        List<String> keys = en.keySet().stream().filter(k -> k.startsWith("badgeset.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(40);
        for (String key : keys) {
            if (!key.equals("badgeset.problem.inFile")) { // "{2}": the same in every language
                // a key missing in Russian falls back to the English text
                assertThat(ru.getString(key)).as("Russian " + key).isNotEqualTo(en.getString(key));
            }
        }
        // every key the package names is in the bundle
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/badgemanager/badgesets"))) {
            for (Path source : sources.toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(badgeset\\.[a-zA-Z.]+)\"")
                        .matcher(Files.readString(source));
                while (m.find()) {
                    assertThat(en.containsKey(m.group(1))).as(m.group(1) + " in " + source.getFileName()).isTrue();
                }
            }
        }
    }

    /** Plain and per-language texts in every combination, languages differing between title and value. */
    static BadgeSet everyShape() {
        return new BadgeSet(List.of(
                new Badge("plainBoth", LocalizedText.of("Call, \"status\""), LocalizedText.of(" Missed"),
                        BadgeType.FAILURE),
                new Badge("perBoth", LocalizedText.of(Map.of("en", "Payment")), LocalizedText.of(
                        new java.util.LinkedHashMap<>(Map.of("ru", "Просрочено"))), BadgeType.WARNING),
                new Badge("plainTitle", LocalizedText.of("Delivery"), LocalizedText.of(ordered("de", "Verspätet",
                        "en", "Delayed")), BadgeType.PRIMARY),
                new Badge("plainValue", LocalizedText.of(ordered("ru", "Договор", "en", "Contract")),
                        LocalizedText.of("OK"), BadgeType.SUCCESS),
                new Badge("mixedLanguages", LocalizedText.of(ordered("en", "A", "ru", "Б", "de", "C")),
                        LocalizedText.of(ordered("ar", "د", "en", "D")), BadgeType.SECONDARY)));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void jsonToCsvAndBackKeepsEveryBadgeAndItsShape() throws Exception {
        BadgeSet set = everyShape();
        String csv = BadgeSetCsv.format(set);
        BadgeSet back = BadgeSetCsv.parse(csv);
        assertThat(back).isEqualTo(set);
        // the shape, not just equal maps: a one-string text stays one string, language order is kept
        for (int i = 0; i < set.size(); i++) {
            assertThat(back.badges().get(i).title().getClass()).isEqualTo(set.badges().get(i).title().getClass());
            assertThat(back.badges().get(i).value().getClass()).isEqualTo(set.badges().get(i).value().getClass());
            assertThat(back.badges().get(i).title().languages()).containsExactlyElementsOf(
                    set.badges().get(i).title().languages());
        }
        assertThat(BadgeSetJson.format(back)).isEqualTo(BadgeSetJson.format(set));
        assertThat(BadgeSetCsv.format(back)).isEqualTo(csv);
    }

    @Test
    void csvRowsAreWhatATranslatorEdits() {
        assertThat(BadgeSetCsv.format(everyShape()).lines().toList()).startsWith(
                "code,type,language,title,value",
                "plainBoth,failure,,\"Call, \"\"status\"\"\",\" Missed\"",
                "perBoth,warning,en,Payment,",
                "perBoth,warning,ru,,Просрочено",
                "plainTitle,primary,,Delivery,",
                "plainTitle,primary,de,,Verspätet",
                "plainTitle,primary,en,,Delayed");
    }

    static Stream<Arguments> invalidCsv() {
        String header = "code,type,language,title,value\n";
        return Stream.of(
                Arguments.of("wrong header", "code;type\n", List.of(
                        "Line 1: The first row must be: code,type,language,title,value.")),
                Arguments.of("empty", "", List.of("The file is empty.")),
                Arguments.of("one text and per language at once", header
                        + "y,primary,en,Title,\ny,primary,ru,Заголовок,Знач\ny,primary,,,Plain\n", List.of(
                        "Line 4, value: This text is both one text for all languages and per language; keep one of them.")),
                Arguments.of("unknown type and no texts", header + "z,bad,en,,\n", List.of(
                        "Line 2, type: Unknown type \u201cbad\u201d; use one of: success, failure, warning, primary, secondary.",
                        "Line 2, title: Enter a text.",
                        "Line 2, value: Enter a text.")),
                Arguments.of("types differ between rows, language twice", header
                        + "a,primary,en,T,V\na,success,ru,T,V\na,primary,en,T2,V2\n", List.of(
                        "Line 3, type: The type differs from the badge\u2019s first row (line 2).",
                        "Line 4, language: The language en is on two rows of this badge.")),
                Arguments.of("short row, bad code, unknown language", header
                        + "a,primary\n\"q r\",success,,a,b\nb,success,xx,T,V\n", List.of(
                        "Line 2: This row has 2 cells, not 5.",
                        "Line 3, code: Use only Latin letters, digits, _ and -.",
                        "Line 4, title (xx): Bitrix24 does not know the language xx.",
                        "Line 4, value (xx): Bitrix24 does not know the language xx.")),
                Arguments.of("no code, the same badge on line 2 and 4", header
                        + "a,primary,,T,V\n,primary,,T,V\na,primary,,T,V\n", List.of(
                        "Line 3, code: Enter a code.",
                        "Line 4, language: The language \u2014 is on two rows of this badge.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCsv")
    void everyProblemOfAnInvalidCsvIsNamedWithItsLine(String name, String text, List<String> expected) {
        assertThatThrownBy(() -> BadgeSetCsv.parse(text))
                .isInstanceOfSatisfying(InvalidBadgeSetException.class, e -> assertThat(
                        e.problems().stream().map(FileProblem::describe).toList()).containsExactlyElementsOf(expected));
    }

    @Test
    void filesAreReadAndWrittenByTheirEnding(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("badges.json");
        Path csv = dir.resolve("badges.CSV");
        BadgeSetFiles.write(everyShape(), json);
        BadgeSetFiles.write(everyShape(), csv);
        assertThat(Files.readString(json)).startsWith("{\n  \"format\": \"badge-manager/badges\",");
        assertThat(Files.readString(csv)).startsWith("code,type,language,title,value\n");
        assertThat(BadgeSetFiles.read(json)).isEqualTo(everyShape());
        assertThat(BadgeSetFiles.read(csv)).isEqualTo(everyShape());
        // a spreadsheet's byte order mark is no problem
        Files.writeString(csv, "\uFEFF" + Files.readString(csv));
        assertThat(BadgeSetFiles.read(csv)).isEqualTo(everyShape());
    }

    @Test
    void aCsvSavedInWindows1251IsRefusedWithAdviceNotAnError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("translated.csv");
        Files.write(csv, "code,type,language,title,value\nx,primary,ru,Заголовок,Знач\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        assertThatThrownBy(() -> BadgeSetFiles.read(csv)).isInstanceOfSatisfying(InvalidBadgeSetException.class,
                e -> assertThat(e.problems()).extracting(FileProblem::describe).containsExactly(
                        "The file is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: \u201cCSV UTF-8\u201d)."));
    }

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }
}
