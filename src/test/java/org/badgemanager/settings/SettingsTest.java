package org.badgemanager.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the app remembers: profiles replaced by id, the last one used, language and window. */
class SettingsTest {
    private static final Settings.WindowBounds BOUNDS = new Settings.WindowBounds(1, 2, 3, 4, false);

    @Test
    void aProfileWithTheSameIdReplacesTheOldOneAndBecomesTheLastUsed() {
        Settings settings = new Settings(null, null, "ru", BOUNDS)
                .withProfile(Profile.sandbox("a", "First"))
                .withProfile(Profile.sandbox("b", "Second"))
                .withProfile(Profile.sandbox("a", "First, renamed"));

        assertThat(settings.profiles()).extracting(Profile::name).containsExactly("Second", "First, renamed");
        assertThat(settings.lastProfileId()).isEqualTo("a");
        assertThat(settings.uiLanguage()).isEqualTo("ru");
        assertThat(settings.window()).isEqualTo(BOUNDS);
    }

    @Test
    void forgettingAProfileClearsTheLastUsedOnlyWhenItWasThatOne() {
        Settings two = Settings.empty().withProfile(Profile.sandbox("a", "A")).withProfile(Profile.sandbox("b", "B"))
                .withUiLanguage("en").withWindow(BOUNDS);

        Settings withoutA = two.withoutProfile("a");
        assertThat(withoutA.profiles()).extracting(Profile::id).containsExactly("b");
        assertThat(withoutA.lastProfileId()).isEqualTo("b");
        assertThat(withoutA.uiLanguage()).isEqualTo("en");
        assertThat(withoutA.window()).isEqualTo(BOUNDS);

        Settings withoutB = two.withoutProfile("b");
        assertThat(withoutB.profiles()).extracting(Profile::id).containsExactly("a");
        assertThat(withoutB.lastProfileId()).isNull();
        assertThat(withoutB.window()).isEqualTo(BOUNDS);
    }

    @Test
    void languageAndWindowChangeOnlyThemselves() {
        Settings base = Settings.empty().withProfile(Profile.sandbox("a", "A"));
        Settings changed = base.withUiLanguage("ru").withWindow(BOUNDS);
        assertThat(changed.profiles()).isEqualTo(base.profiles());
        assertThat(changed.lastProfileId()).isEqualTo("a");
        assertThat(changed.uiLanguage()).isEqualTo("ru");
        assertThat(changed.window()).isEqualTo(BOUNDS);
        assertThat(changed.withUiLanguage("en").window()).isEqualTo(BOUNDS);
    }

    @Test
    void theProfileListIsACopyThatCannotChangeBehindTheSettingsBack() {
        List<Profile> list = new ArrayList<>(List.of(Profile.sandbox("a", "A")));
        Settings settings = new Settings(list, null, null, null);
        list.clear();
        assertThat(settings.profiles()).hasSize(1);
        assertThatThrownBy(() -> settings.profiles().add(Profile.sandbox("b", "B")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Settings.empty().profiles()).isEmpty();
        assertThat(Settings.empty().lastProfileId()).isNull();
    }

    @Test
    void aSandboxProfileHasNoAddressesOrClient() {
        assertThat(Profile.sandbox("a", "A")).isEqualTo(new Profile("a", "A", ConnectionKind.SANDBOX, null));
        assertThat(Profile.sandbox("a", "A").fields()).isEmpty();
    }
}
