package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.badgemanager.bitrix.InvalidAddressException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rules every portal address goes through: what is refused, and what is used and stored. */
class EndpointAddressTest {

    private static Problem refused(String text) {
        InvalidAddressException e = catchThrowableOfType(InvalidAddressException.class,
                () -> EndpointAddress.parse(text));
        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.getMessage()).as("the message never repeats the address").doesNotContain("secret", "pass");
        return e.problem();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@portal.example.com/rest/", "https://user@portal.example.com/rest/",
            "https://:pass@portal.example.com/", "http://a:b@127.0.0.1:8080/rest/", "https://u:p@пример.рф/rest/"})
    void userInfoIsRefused(String text) {
        assertThat(refused(text)).isEqualTo(Problem.USER_INFO);
    }

    @Test
    void anAtSignInThePathIsNotUserInfo() {
        assertThat(EndpointAddress.parse("https://portal.example.com/rest/a@b/").getHost())
                .isEqualTo("portal.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portal.example.com:99999/rest/", "https://portal.example.com:0/",
            "https://portal.example.com:65536/", "https://portal.example.com:-1/", "https://portal.example.com:80a/",
            "https://portal.example.com:123456/", "https://[::1]:70000/"})
    void portsOutsideTheRangeAreRefused(String text) {
        assertThat(refused(text)).isEqualTo(Problem.BAD_PORT);
    }

    @ParameterizedTest
    @CsvSource({"https://portal.example.com:1/rest/, 1", "https://portal.example.com:65535/rest/, 65535",
            "https://portal.example.com:0443/rest/, 443", "https://portal.example.com/rest/, -1",
            "https://portal.example.com:/rest/, -1", "http://[::1]:8080/rest/, 8080"})
    void portsInTheRangeAreKept(String text, int port) {
        assertThat(EndpointAddress.parse(text).getPort()).isEqualTo(port);
    }

    @Test
    void anIdnHostBecomesPunycode() {
        assertThat(EndpointAddress.parse("https://пример.рф/rest/").toString())
                .isEqualTo("https://xn--e1afmkfd.xn--p1ai/rest/");
        assertThat(EndpointAddress.parse("https://Портал.Пример.рф:8443/rest/").getHost())
                .isEqualTo("xn--80awhdgm.xn--e1afmkfd.xn--p1ai");
        assertThat(EndpointAddress.typedHost(" https://пример.рф:8443/rest/")).isEqualTo("пример.рф");
    }

    @Test
    void thePunycodeFormIsUsedAsItIs() {
        assertThat(EndpointAddress.parse("https://xn--e1afmkfd.xn--p1ai/rest/").getHost())
                .isEqualTo("xn--e1afmkfd.xn--p1ai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0https://portal.example.com/rest/\u00A0", "https://portal.example.com/rest/\u2007",
            "\u202Fhttps://portal.example.com/rest/", "\t https://portal.example.com/rest/\r\n",
            "\u200Bhttps://portal.example.com/rest/\uFEFF", "\u3000https://portal.example.com/rest/\u2028"})
    void blanksAroundTheAddressAreTrimmed(String text) {
        assertThat(EndpointAddress.parse(text).toString()).isEqualTo("https://portal.example.com/rest/");
    }

    @Test
    void trimKeepsInnerBlanksAndCopesWithNothing() {
        assertThat(EndpointAddress.trim("\u00A0a\u00A0b\u202F")).isEqualTo("a\u00A0b");
        assertThat(EndpointAddress.trim(null)).isEmpty();
        assertThat(EndpointAddress.trim("\u00A0\u2007 ")).isEmpty();
        assertThat(EndpointAddress.trim("x")).isEqualTo("x");
    }

    @ParameterizedTest
    @CsvSource(value = {"'', EMPTY", "'\u00A0 ', EMPTY", "portal.example.com/rest/, NOT_A_URL",
            "ftp://portal.example.com/, NOT_A_URL", "://portal.example.com/, NOT_A_URL", "https:///rest/, NOT_A_URL",
            "https://portal example.com/, NOT_A_URL", "1https://portal.example.com/, NOT_A_URL",
            "http://portal.example.com/rest/, HTTPS_REQUIRED", "http://пример.рф/rest/, HTTPS_REQUIRED",
            "https://a..b/, NOT_A_URL"})
    void otherProblems(String text, Problem problem) {
        assertThat(refused(text)).isEqualTo(problem);
    }

    @Test
    void plainHttpIsFineForThisComputerAndTheSchemeIsLowerCased() {
        assertThat(EndpointAddress.parse("HTTP://127.0.0.1:8080/rest/").toString())
                .isEqualTo("http://127.0.0.1:8080/rest/");
        assertThat(EndpointAddress.parse("http://localhost/rest/").getHost()).isEqualTo("localhost");
    }

    @Test
    void aQueryOrFragmentRightAfterTheHostEndsTheHost() {
        assertThat(EndpointAddress.parse("https://portal.example.com?x=1").getHost()).isEqualTo("portal.example.com");
        assertThat(EndpointAddress.parse("https://portal.example.com#top").getHost()).isEqualTo("portal.example.com");
        assertThat(EndpointAddress.typedHost("no scheme")).isEmpty();
    }
}
