package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.badgemanager.activities.IdSelection.Limit;
import org.badgemanager.activities.IdSelection.Problem;
import org.badgemanager.activities.IdSelection.Range;
import org.badgemanager.activities.IdSelection.Reason;
import org.junit.jupiter.api.Test;

/** The exact edges of what the id box accepts: digits, zeros, range widths, counts and lengths. */
class IdParserLimitsTest {

    @Test
    void eighteenDigitsAreAnIdNineteenAreTooBigLeadingZerosAside() {
        IdSelection selection = IdParser.parse("123456789012345678 1234567890123456789 000000000000000000042");

        assertThat(selection.ids()).containsExactly(123_456_789_012_345_678L, 42L);
        assertThat(selection.problems()).containsExactly(new Problem("1234567890123456789", 1, Reason.TOO_BIG));
    }

    @Test
    void zeroInAnySpellingIsNoId() {
        IdSelection selection = IdParser.parse("0\n000\n0-5");

        assertThat(selection.ids()).isEmpty();
        assertThat(selection.problems()).extracting(Problem::reason).containsExactly(Reason.ZERO, Reason.ZERO, Reason.ZERO);
        assertThat(selection.problems()).extracting(Problem::line).containsExactly(1, 2, 3);
        assertThat(selection.problems().get(2).token()).isEqualTo("0-5");
    }

    @Test
    void aRangeWithATooBigEndIsOneProblemAndAddsNothing() {
        IdSelection selection = IdParser.parse("5-99999999999999999999 7");

        assertThat(selection.ids()).containsExactly(7L);
        assertThat(selection.problems()).containsExactly(new Problem("5-99999999999999999999", 1, Reason.TOO_BIG));
        assertThat(selection.usable()).isTrue();
    }

    @Test
    void aRangeOfExactlyAThousandIsNotWideOneMoreIs() {
        assertThat(IdParser.parse("1-1000").wideRanges()).isEmpty();
        IdSelection wide = IdParser.parse("1-1001");
        assertThat(wide.wideRanges()).containsExactly(new Range(1, 1001));
        assertThat(wide.wideRanges().get(0).size()).isEqualTo(1001);
        assertThat(wide.ids()).hasSize(1001).startsWith(1L).endsWith(1001L);
    }

    @Test
    void exactlyTheMaximumNumberOfIdsIsAcceptedOneMoreIsNot() {
        IdSelection max = IdParser.parse("1-" + IdParser.MAX_IDS);
        assertThat(max.limit()).isEqualTo(Limit.NONE);
        assertThat(max.ids()).hasSize(IdParser.MAX_IDS);
        assertThat(max.usable()).isTrue();

        IdSelection over = IdParser.parse("1-" + IdParser.MAX_IDS + " " + (IdParser.MAX_IDS + 1));
        assertThat(over.limit()).isEqualTo(Limit.TOO_MANY_IDS);
        assertThat(over.usable()).isFalse();

        IdSelection lastOneSingle = IdParser.parse("1-" + (IdParser.MAX_IDS - 1) + " " + IdParser.MAX_IDS);
        assertThat(lastOneSingle.limit()).as("the last id typed on its own").isEqualTo(Limit.NONE);
        assertThat(lastOneSingle.ids()).hasSize(IdParser.MAX_IDS);

        IdSelection rangeOver = IdParser.parse("5 1-" + IdParser.MAX_IDS);
        assertThat(rangeOver.limit()).isEqualTo(Limit.TOO_MANY_IDS);
        assertThat(rangeOver.ids()).as("the range that would pass the limit is not expanded").containsExactly(5L);
    }

    @Test
    void aRangeOverIdsAlreadyChosenCountsThemAsDuplicates() {
        IdSelection selection = IdParser.parse("3 4\n1-5");

        assertThat(selection.ids()).containsExactly(3L, 4L, 1L, 2L, 5L);
        assertThat(selection.duplicates()).isEqualTo(2);
    }

    @Test
    void inputOfExactlyTheMaximumLengthIsRead() {
        String text = LongStream.rangeClosed(1, 35_000).mapToObj(Long::toString).collect(Collectors.joining(" "));
        text = text + " ".repeat(IdParser.MAX_INPUT_CHARS - text.length());
        assertThat(text).hasSize(IdParser.MAX_INPUT_CHARS);

        IdSelection selection = IdParser.parse(text);

        assertThat(selection.limit()).isEqualTo(Limit.NONE);
        assertThat(selection.ids()).hasSize(35_000);
        assertThat(IdParser.parse(text + " ").limit()).isEqualTo(Limit.INPUT_TOO_LONG);
    }

    @Test
    void longJunkIsShownCutToTwentyFourCharacters() {
        String junk = "abcdefghijklmnopqrstuvwxyz";
        IdSelection selection = IdParser.parse(junk + " " + junk.substring(0, 24));

        assertThat(selection.problems()).extracting(Problem::token)
                .containsExactly("abcdefghijklmnopqrstuvwx\u2026", "abcdefghijklmnopqrstuvwx");
    }

    @Test
    void twentyProblemsAreKeptAndEveryOneIsCounted() {
        String twenty = "x ".repeat(20);
        assertThat(IdParser.parse(twenty).problems()).hasSize(20);
        IdSelection more = IdParser.parse(twenty + "y z");
        assertThat(more.problems()).hasSize(20);
        assertThat(more.problemCount()).isEqualTo(22);
    }

    @Test
    void windowsLineEndsCountLinesLikeAnyOther() {
        IdSelection selection = IdParser.parse("1\r\n2\r\nbad\r\n");

        assertThat(selection.ids()).containsExactly(1L, 2L);
        assertThat(selection.problems()).containsExactly(new Problem("bad", 3, Reason.NOT_AN_ID));
    }

    @Test
    void onlyProblemsOrNothingIsNotUsable() {
        assertThat(IdParser.parse("abc").usable()).isFalse();
        assertThat(IdSelection.empty().usable()).isFalse();
        assertThat(IdSelection.empty().limit()).isEqualTo(Limit.NONE);
        assertThat(IdParser.parse("   \n ")).isEqualTo(IdSelection.empty());
        assertThat(IdParser.parse(null)).isEqualTo(IdSelection.empty());
        assertThat(IdParser.parse("9").usable()).isTrue();
    }
}
