package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The secrets the app holds are masked wherever they appear, whatever the text around them. */
class LiveSecretsTest {
    private final LiveSecrets held = new LiveSecrets();

    @Test
    void aHeldValueIsMaskedEverywhereItAppears() {
        held.hold("k3yc0de9x", null);
        String text = "Portal said: \"Unknown code k3yc0de9x\" (k3yc0de9x)|k3yc0de9x";
        assertThat(held.mask(text, "#")).isEqualTo("Portal said: \"Unknown code #\" (#)|#");
        assertThat(held.anyIn(text)).isTrue();
        assertThat(held.anyIn(held.mask(text, "#"))).isFalse();
        assertThat(held.anyIn(null)).isFalse();
        assertThat(held.mask(null, "#")).isNull();
    }

    @Test
    void aSecretThatContainsAnotherIsMaskedWhole() {
        held.hold("abcdef", "abcdef123456");
        assertThat(held.mask("x abcdef123456 y abcdef", "#")).isEqualTo("x # y #");
    }

    @Test
    void itsUrlEncodedFormIsMaskedToo() {
        held.hold("tok+en/with=signs");
        assertThat(held.mask("auth=tok%2Ben%2Fwith%3Dsigns&x=1", "#")).isEqualTo("auth=#&x=1");
    }

    @Test
    void shortValuesAreNotHeldBecauseMaskingThemWouldHideTheLog() {
        held.hold("abcde", "     ", "");
        assertThat(held.mask("abcde is five letters", "#")).isEqualTo("abcde is five letters");
        held.hold("abcdef");
        assertThat(held.mask("abcdef is six", "#")).isEqualTo("# is six");
    }

    @Test
    void theProcessHasOneRegistry() {
        assertThat(LiveSecrets.process()).isSameAs(LiveSecrets.process());
    }
}
