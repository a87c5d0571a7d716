package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The length the portal's encoder gives a text, which the 4000-character limit is checked against: HTML-special
 * characters become six-character escapes, a slash two characters, a quote six.
 */
class StoredLengthTest {

    @Test
    void plainLettersCountAsJacksonWritesThem() {
        assertThat(BadgeValidator.storedLength(LocalizedText.of("abc"))).isEqualTo(5);
    }

    @Test
    void eachHtmlSpecialCharacterCountsSix() {
        assertThat(BadgeValidator.storedLength(LocalizedText.of("&"))).isEqualTo(8);
        assertThat(BadgeValidator.storedLength(LocalizedText.of("'"))).isEqualTo(8);
        assertThat(BadgeValidator.storedLength(LocalizedText.of("<"))).isEqualTo(8);
        assertThat(BadgeValidator.storedLength(LocalizedText.of(">"))).isEqualTo(8);
        assertThat(BadgeValidator.storedLength(LocalizedText.of("a<b>&'"))).isEqualTo(4 + 4 * 6);
    }

    @Test
    void aSlashCountsTwo() {
        assertThat(BadgeValidator.storedLength(LocalizedText.of("a/b"))).isEqualTo(2 + 1 + 2 + 1);
    }

    @Test
    void aQuoteCountsSix() {
        assertThat(BadgeValidator.storedLength(LocalizedText.of("\""))).isEqualTo(2 + 6);
        assertThat(BadgeValidator.storedLength(LocalizedText.of("say \"hi\""))).isEqualTo(2 + 6 + 6 + 6);
    }

    @Test
    void aLanguageMapCountsItsKeysAndBraces() {
        // {"en":"a&b"} is 12 characters as written, 17 with the ampersand escaped
        assertThat(BadgeValidator.storedLength(LocalizedText.of(Map.of("en", "a&b")))).isEqualTo(17);
    }

    @Test
    void twoThousandAmpersandsAreTooLongAlthoughJacksonWritesOnly2002Characters() {
        var problems = BadgeValidator.validateText(BadgeValidator.Field.VALUE, LocalizedText.of("&".repeat(2000)));
        assertThat(problems).extracting(BadgeValidator.Problem::messageKey).containsExactly("validation.text.tooLong");
        assertThat(BadgeValidator.validateText(BadgeValidator.Field.VALUE, LocalizedText.of("&".repeat(666))))
                .as("666 × 6 + 2 = 3998").isEmpty();
    }

    @Test
    void languageNamesForPickers() {
        assertThat(Languages.nameOf("ru")).isEqualTo("Русский");
        assertThat(Languages.nameOf("xx")).as("an unknown id is shown as itself").isEqualTo("xx");
        assertThat(Languages.isKnown("la")).isTrue();
        assertThat(Languages.isKnown("es")).isFalse();
    }
}
