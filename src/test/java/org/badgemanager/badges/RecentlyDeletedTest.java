package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recently deleted list as the data folder keeps it: per portal, newest first, at most 100, across restarts. */
class RecentlyDeletedTest {
    private static final String PORTAL = "https://one.bitrix24.ru:443";
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    @TempDir Path data;

    private RecentlyDeleted list(String portal) {
        return SafetyNets.in(data).forPortal(portal).recentlyDeleted();
    }

    private static Badge badge(String code) {
        return new Badge(code, LocalizedText.of("Title " + code), LocalizedText.of("Value"), BadgeType.PRIMARY);
    }

    private static List<String> codes(RecentlyDeleted list) {
        return list.entries().stream().map(e -> e.badge().code()).toList();
    }

    @Test
    void newestFirstAndReadBackAfterARestart() {
        RecentlyDeleted list = list(PORTAL);
        list.add(badge("a"), T0);
        list.add(badge("b"), T0.plusSeconds(60));
        list.add(badge("c"), T0.plusSeconds(120));

        RecentlyDeleted afterRestart = list(PORTAL);
        assertThat(codes(afterRestart)).containsExactly("c", "b", "a");
        assertThat(afterRestart.entries().get(0).deletedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(afterRestart.entries().get(0).badge()).isEqualTo(badge("c"));
        assertThat(Files.exists(data.resolve(SafetyNets.RECENTLY_DELETED_FILE))).isTrue();
    }

    @Test
    void theSameBadgeDeletedAgainIsListedOnceAtTheTop() {
        RecentlyDeleted list = list(PORTAL);
        list.add(badge("a"), T0);
        list.add(badge("b"), T0.plusSeconds(1));
        list.add(badge("a"), T0.plusSeconds(2));

        assertThat(codes(list)).containsExactly("a", "b");
        assertThat(list.entries().get(0).deletedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void keepsTheNewestHundred() {
        RecentlyDeleted list = list(PORTAL);
        for (int i = 1; i <= RecentlyDeleted.LIMIT + 5; i++) {
            list.add(badge("b" + i), T0.plusSeconds(i));
        }
        List<String> kept = codes(list(PORTAL));
        assertThat(kept).hasSize(RecentlyDeleted.LIMIT);
        assertThat(kept.get(0)).isEqualTo("b105");
        assertThat(kept.get(RecentlyDeleted.LIMIT - 1)).isEqualTo("b6");
    }

    @Test
    void restoringForgetsOnlyThatBadge() {
        RecentlyDeleted list = list(PORTAL);
        list.add(badge("a"), T0);
        list.add(badge("b"), T0);
        assertThat(list.contains(badge("a"))).isTrue();

        list.forget(badge("a"));

        assertThat(list(PORTAL).contains(badge("a"))).isFalse();
        assertThat(codes(list(PORTAL))).containsExactly("b");
        list.forget(badge("never-deleted"));
        assertThat(codes(list(PORTAL))).containsExactly("b");
    }

    @Test
    void aBadgeWithOtherTextsUnderTheSameCodeIsAnotherEntry() {
        RecentlyDeleted list = list(PORTAL);
        Badge first = badge("a");
        Badge changed = new Badge("a", LocalizedText.of("Other"), LocalizedText.of("Value"), BadgeType.FAILURE);
        list.add(first, T0);
        list.add(changed, T0.plusSeconds(1));

        assertThat(list.entries()).extracting(RecentlyDeleted.Entry::badge).containsExactly(changed, first);
        assertThat(list.contains(changed)).isTrue();
    }

    @Test
    void eachPortalHasItsOwnList() {
        list(PORTAL).add(badge("a"), T0);
        list("https://two.bitrix24.ru:443").add(badge("z"), T0);

        assertThat(codes(list(PORTAL))).containsExactly("a");
        assertThat(codes(list("https://two.bitrix24.ru:443"))).containsExactly("z");
    }

    @Test
    void anEntryThisVersionCannotReadIsSkippedButKept() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve(SafetyNets.RECENTLY_DELETED_FILE), "{\"version\":1,\"portals\":{\""
                + PORTAL + "\":[{\"deletedAt\":\"someday\",\"badge\":{\"code\":\"x\"}}]}}");
        RecentlyDeleted list = list(PORTAL);
        assertThat(list.entries()).isEmpty();

        list.add(badge("a"), T0);

        assertThat(codes(list)).containsExactly("a");
        assertThat(Files.readString(data.resolve(SafetyNets.RECENTLY_DELETED_FILE))).contains("someday");
    }
}
