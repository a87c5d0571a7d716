package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.badgemanager.activities.IdSelection.Limit;
import org.badgemanager.activities.IdSelection.Problem;
import org.badgemanager.activities.IdSelection.Reason;
import org.junit.jupiter.api.Test;

/** Ids and ranges as admins type and paste them. */
class IdParserTest {

    @Test
    void readsIdsAndRangesInAnyMix() {
        IdSelection s = IdParser.parse("12, 15-20 33");
        assertThat(s.ids()).containsExactly(12L, 15L, 16L, 17L, 18L, 19L, 20L, 33L);
        assertThat(s.problemCount()).isZero();
        assertThat(s.usable()).isTrue();
    }

    @Test
    void readsASpreadsheetColumnAndOtherSeparators() {
        String pasted = "ID\r\n101\r\n102\r\n\"103\"\r\n104;105|106\t107\r\n";
        IdSelection s = IdParser.parse(pasted);
        assertThat(s.ids()).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);
        assertThat(s.problems()).containsExactly(new Problem("ID", 1, Reason.NOT_AN_ID));
    }

    @Test
    void rangesMayHaveSpacesDashesFromOfficeProgramsOrDots() {
        assertThat(IdParser.parse("1 - 3").ids()).containsExactly(1L, 2L, 3L);
        assertThat(IdParser.parse("4\u20136").ids()).containsExactly(4L, 5L, 6L);
        assertThat(IdParser.parse("7..8").ids()).containsExactly(7L, 8L);
    }

    @Test
    void aRangeThatRunsBackwardsIsRefusedNotTurnedAround() {
        IdSelection s = IdParser.parse("3\n12-10");
        assertThat(s.ids()).containsExactly(3L);
        assertThat(s.problems()).containsExactly(new IdSelection.Problem("12-10", 2, IdSelection.Reason.REVERSED));
    }

    @Test
    void pointsAtJunkWithItsLine() {
        IdSelection s = IdParser.parse("5\nabc 6\n12a -7 0\n99999999999999999999");
        assertThat(s.ids()).containsExactly(5L, 6L);
        assertThat(s.problems()).containsExactly(
                new Problem("abc", 2, Reason.NOT_AN_ID),
                new Problem("12a", 3, Reason.NOT_AN_ID),
                new Problem("-7", 3, Reason.NOT_AN_ID),
                new Problem("0", 3, Reason.ZERO),
                new Problem("99999999999999999999", 4, Reason.TOO_BIG));
        assertThat(s.problemCount()).isEqualTo(5);
    }

    @Test
    void keepsOnlyTheFirstProblemsButCountsAll() {
        IdSelection s = IdParser.parse("x ".repeat(500));
        assertThat(s.problemCount()).isEqualTo(500);
        assertThat(s.problems()).hasSizeLessThan(500).isNotEmpty();
        assertThat(s.usable()).isFalse();
    }

    @Test
    void countsDuplicatesOnceAndKeepsTheOrderWritten() {
        IdSelection s = IdParser.parse("3 1 3 1-4");
        assertThat(s.ids()).containsExactly(3L, 1L, 2L, 4L);
        assertThat(s.duplicates()).isEqualTo(3);
    }

    @Test
    void wideRangesAreMarkedForConfirmation() {
        IdSelection s = IdParser.parse("1-10 100-5099");
        assertThat(s.ids()).hasSize(5010);
        assertThat(s.wideRanges()).containsExactly(new IdSelection.Range(100, 5099));
        assertThat(s.limit()).isEqualTo(Limit.NONE);
    }

    @Test
    void aMillionIdRangeIsRefusedWithoutBeingExpanded() {
        long started = System.nanoTime();
        IdSelection s = IdParser.parse("1-1000000000000");
        assertThat(s.limit()).isEqualTo(Limit.TOO_MANY_IDS);
        assertThat(s.usable()).isFalse();
        assertThat(s.ids()).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(500);
    }

    @Test
    void theIdLimitCountsSingleIdsToo() {
        IdSelection ranges = IdParser.parse("1-" + IdParser.MAX_IDS + " " + (IdParser.MAX_IDS + 1));
        assertThat(ranges.limit()).isEqualTo(Limit.TOO_MANY_IDS);
        assertThat(IdParser.parse("1-" + IdParser.MAX_IDS).limit()).isEqualTo(Limit.NONE);
    }

    @Test
    void anOversizedPasteIsRefusedAtOnce() {
        String tenMegabytes = "123456789\n".repeat(1_000_000);
        long started = System.nanoTime();
        IdSelection s = IdParser.parse(tenMegabytes);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(50);
        assertThat(s.limit()).isEqualTo(Limit.INPUT_TOO_LONG);
        assertThat(s.ids()).isEmpty();
    }

    @Test
    void theLongestAcceptedInputIsParsedWhole() {
        StringBuilder text = new StringBuilder();
        for (long id = 1_000_000; text.length() < IdParser.MAX_INPUT_CHARS - 20; id += 2) {
            text.append(id).append(id % 7 == 0 ? "\n" : ", ");
        }
        IdSelection s = IdParser.parse(text.toString());
        assertThat(s.limit()).isEqualTo(Limit.NONE);
        assertThat(s.ids().size()).isGreaterThan(20_000);
    }

    @Test
    void emptyOrBlankTextHasNoIds() {
        assertThat(IdParser.parse("").ids()).isEmpty();
        assertThat(IdParser.parse("  \n ,, ").ids()).isEmpty();
        assertThat(IdParser.parse(null).usable()).isFalse();
        assertThat(IdParser.parse(" , ").problems()).isEqualTo(List.of());
    }
}
