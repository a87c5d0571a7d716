package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.badgemanager.bitrix.Json;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void wantedLanguageWins() {
        LocalizedText text = LocalizedText.of(ordered("de", "Achtung", "en", "Alarm", "ru", "Тревога"));
        assertThat(text.forLanguage("ru")).isEqualTo("Тревога");
        assertThat(text.forLanguage("de")).isEqualTo("Achtung");
    }

    @Test
    void fallsBackToEnglish() {
        LocalizedText text = LocalizedText.of(ordered("de", "Achtung", "en", "Alarm"));
        assertThat(text.forLanguage("fr")).isEqualTo("Alarm");
    }

    @Test
    void fallsBackToTheFirstGivenWithoutEnglish() {
        assertThat(LocalizedText.of(ordered("ru", "Тревога", "de", "Achtung")).forLanguage("fr"))
                .isEqualTo("Тревога");
        assertThat(LocalizedText.of(ordered("de", "Achtung", "ru", "Тревога")).forLanguage("fr"))
                .isEqualTo("Achtung");
    }

    @Test
    void emptyMapGivesEmptyText() {
        assertThat(LocalizedText.of(Map.<String, String>of()).forLanguage("en")).isEmpty();
    }

    @Test
    void plainTextIsTheSameForEveryLanguage() {
        LocalizedText text = LocalizedText.of("Missed");
        assertThat(text.forLanguage("de")).isEqualTo("Missed");
        assertThat(text.forLanguage("en")).isEqualTo("Missed");
        assertThat(text.languages()).isEmpty();
        assertThat(text.toJson().isTextual()).isTrue();
    }

    @Test
    void plainNullBecomesEmpty() {
        assertThat(LocalizedText.of((String) null).forLanguage("en")).isEmpty();
    }

    @Test
    void languagesKeepTheirOrder() {
        assertThat(LocalizedText.of(ordered("ru", "a", "en", "b", "de", "c")).languages())
                .containsExactly("ru", "en", "de");
    }

    @Test
    void perLanguageIsACopy() {
        Map<String, String> source = ordered("en", "Alarm");
        LocalizedText text = LocalizedText.of(source);
        source.put("en", "changed");
        assertThat(text.forLanguage("en")).isEqualTo("Alarm");
    }

    @Test
    void fromJsonStringAndObject() {
        assertThat(LocalizedText.fromJson(Json.parse("\"Missed\""))).isEqualTo(LocalizedText.of("Missed"));
        LocalizedText map = LocalizedText.fromJson(Json.parse("{\"en\":\"Alarm\",\"de\":\"Achtung\"}"));
        assertThat(map).isInstanceOf(LocalizedText.PerLanguage.class);
        assertThat(map.languages()).containsExactly("en", "de");
    }

    @Test
    void fromJsonRefusesOtherShapes() {
        assertThatThrownBy(() -> LocalizedText.fromJson(Json.parse("12"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.fromJson(Json.parse("[\"a\"]")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.fromJson(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
