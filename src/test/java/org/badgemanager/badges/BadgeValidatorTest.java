package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgemanager.badges.BadgeValidator.Field;
import org.badgemanager.badges.BadgeValidator.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BadgeValidatorTest {

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Problem problem(Field field, String key) {
        return new Problem(field, key, null);
    }

    // ---- code --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"missedCall", "a", "badge-1_X", "ABCdef0123456789_-", "123456789012345678901234567890"})
    void validCodes(String code) {
        assertThat(BadgeValidator.validateCode(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\n"})
    void codeIsRequired(String code) {
        assertThat(BadgeValidator.validateCode(code)).containsExactly(problem(Field.CODE, "validation.code.required"));
    }

    @Test
    void codeLongerThanThirtyCharacters() {
        String thirtyOne = "a".repeat(31);
        assertThat(BadgeValidator.validateCode(thirtyOne))
                .containsExactly(problem(Field.CODE, "validation.code.tooLong"));
        assertThat(BadgeValidator.validateCode("a".repeat(30))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missed call", " missedCall", "missedCall ", "a\tb", "a\u0000b", "a\u0007b", "a\nb",
            "a.b", "a/b", "a&b", "бейдж", "café", "a+b", "a[0]"})
    void codeWithCharactersOutsideTheAllowedSet(String code) {
        assertThat(BadgeValidator.validateCode(code))
                .containsExactly(problem(Field.CODE, "validation.code.characters"));
    }

    // ---- plain text --------------------------------------------------------------------------------------

    @Test
    void plainTextIsFine() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of("Call Status"))).isEmpty();
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of("Пропущен"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  \t "})
    void blankPlainTextIsRequired(String text) {
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of(text)))
                .containsExactly(problem(Field.VALUE, "validation.text.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alarm\nnow", "Alarm\u0000", "\u001bAlarm", "Alarm\u007f"})
    void controlCharactersInText(String text) {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(text)))
                .containsExactly(problem(Field.TITLE, "validation.text.controlCharacters"));
    }

    @Test
    void controlCharactersInALanguageValue() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", "ok", "de", "a\rb"))))
                .containsExactly(problem(Field.TITLE, "validation.text.controlCharacters"));
    }

    // ---- per language ------------------------------------------------------------------------------------

    @Test
    void languageMapIsFine() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", "Alarm", "de", "Achtung",
                "la", "Alarma")))).isEmpty();
    }

    @Test
    void emptyValueNamesTheLanguage() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", "Alarm", "de", ""))))
                .containsExactly(new Problem(Field.TITLE, "validation.text.languageEmpty", "de"));
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of(ordered("ru", "  ", "en", "A"))))
                .containsExactly(new Problem(Field.VALUE, "validation.text.languageEmpty", "ru"));
    }

    @Test
    void nullValueNamesTheLanguage() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", null))))
                .containsExactly(new Problem(Field.TITLE, "validation.text.languageEmpty", "en"));
    }

    @Test
    void everyEmptyLanguageIsReported() {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", "", "de", "", "ru", "x"))))
                .containsExactly(new Problem(Field.TITLE, "validation.text.languageEmpty", "en"),
                        new Problem(Field.TITLE, "validation.text.languageEmpty", "de"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "es", "EN", "en-US", "zh", ""})
    void unknownLanguageId(String language) {
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of(ordered("en", "Alarm", language, "x"))))
                .containsExactly(new Problem(Field.TITLE, "validation.text.unknownLanguage", language));
    }

    @Test
    void emptyMap() {
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of(Map.<String, String>of())))
                .containsExactly(problem(Field.VALUE, "validation.text.noLanguage"));
    }

    // ---- length ------------------------------------------------------------------------------------------

    @Test
    void plainTextJsonOver4000Characters() {
        // JSON form is the text in quotes: 3998 + 2 = 4000 fits, 3999 + 2 = 4001 does not
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of("a".repeat(3998)))).isEmpty();
        assertThat(BadgeValidator.validateText(Field.TITLE, LocalizedText.of("a".repeat(3999))))
                .containsExactly(problem(Field.TITLE, "validation.text.tooLong"));
    }

    @Test
    void languageMapJsonOver4000Characters() {
        // {"en":"…"} is 9 characters around the text: 3991 + 9 = 4000 fits, 3992 + 9 = 4001 does not
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of(ordered("en", "a".repeat(3991)))))
                .isEmpty();
        assertThat(BadgeValidator.validateText(Field.VALUE, LocalizedText.of(ordered("en", "a".repeat(3992)))))
                .containsExactly(problem(Field.VALUE, "validation.text.tooLong"));
        assertThat(BadgeValidator.validateText(Field.VALUE,
                LocalizedText.of(ordered("en", "a".repeat(2000), "de", "b".repeat(2000)))))
                .containsExactly(problem(Field.VALUE, "validation.text.tooLong"));
    }

    // ---- whole badge -------------------------------------------------------------------------------------

    @Test
    void validBadge() {
        Badge badge = new Badge("missedCall", LocalizedText.of("Call Status"),
                LocalizedText.of(ordered("en", "Missed", "ru", "Пропущен")), BadgeType.FAILURE);
        assertThat(BadgeValidator.validate(badge)).isEmpty();
    }

    @Test
    void validateCollectsProblemsOfAllFields() {
        Badge badge = new Badge("missed call", LocalizedText.of(" "),
                LocalizedText.of(ordered("xx", "v", "de", "")), BadgeType.WARNING);

        List<Problem> problems = BadgeValidator.validate(badge);

        assertThat(problems).containsExactly(
                problem(Field.CODE, "validation.code.characters"),
                problem(Field.TITLE, "validation.text.required"),
                new Problem(Field.VALUE, "validation.text.unknownLanguage", "xx"),
                new Problem(Field.VALUE, "validation.text.languageEmpty", "de"));
    }

    @Test
    void validateReportsTitleAndValueSeparately() {
        Badge badge = new Badge("ok", LocalizedText.of(Map.<String, String>of()), LocalizedText.of("a".repeat(5000)),
                BadgeType.PRIMARY);
        assertThat(BadgeValidator.validate(badge)).containsExactly(
                problem(Field.TITLE, "validation.text.noLanguage"),
                problem(Field.VALUE, "validation.text.tooLong"));
    }
}
