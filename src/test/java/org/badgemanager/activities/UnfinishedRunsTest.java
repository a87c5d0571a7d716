package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which stopped delete-all run a search offers to continue: the newest of the portal that did not finish, with
 * reports of the same second in the order they were started, and a report a kill cut mid-line read as unfinished.
 */
class UnfinishedRunsTest {
    private static final Clock SAME_INSTANT = Clock.fixed(Instant.parse("2026-03-04T12:05:09.250Z"), ZoneOffset.UTC);
    private static final ActivityFilter CALLS = new ActivityFilter(null, null, 2, null, null, null, null, null);

    @TempDir
    Path reports;

    private DeleteRunLog report(String portal, Clock clock) throws Exception {
        return DeleteRunLog.create(reports, new DeleteRunLog.Plan(portal, CALLS, 500, true,
                clock.instant().toString()), clock);
    }

    private static void appendRaw(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void ofReportsStartedInTheSameSecondTheLaterStartedOneIsOffered() throws Exception {
        Path first;
        Path second;
        try (DeleteRunLog a = report("portal.example.com", SAME_INSTANT)) {
            a.end(DeleteRunLog.End.CANCELLED, "");
            first = a.file();
        }
        try (DeleteRunLog b = report("portal.example.com", SAME_INSTANT)) {
            b.end(DeleteRunLog.End.CANCELLED, "");
            second = b.file();
        }

        assertThat(second).isNotEqualTo(first);
        assertThat(DeleteRunLog.latestUnfinished(reports, "portal.example.com")).contains(second);
    }

    @Test
    void theTenthReportOfASecondIsNewerThanTheNinth() throws Exception {
        Path last = null;
        for (int i = 0; i < 10; i++) {
            try (DeleteRunLog log = report("p", SAME_INSTANT)) {
                last = log.file();
            }
        }

        assertThat(last.getFileName().toString()).endsWith("-10" + DeleteRunLog.SUFFIX);
        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(last);
    }

    @Test
    void aLaterMillisecondWinsOverAnEarlierOneWhateverTheNames() throws Exception {
        Path later;
        try (DeleteRunLog log = report("p", Clock.fixed(Instant.parse("2026-03-04T12:05:09.900Z"), ZoneOffset.UTC))) {
            later = log.file();
        }
        try (DeleteRunLog log = report("p", Clock.fixed(Instant.parse("2026-03-04T12:05:09.100Z"), ZoneOffset.UTC))) {
            // created second, but started earlier (a clock that stepped back): it takes suffix -2
            assertThat(log.file().getFileName().toString()).endsWith("-2" + DeleteRunLog.SUFFIX);
        }

        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(later);
    }

    @Test
    void aFinishedRunIsSkippedForTheNewestUnfinishedOneOfThePortal() throws Exception {
        Path unfinished;
        try (DeleteRunLog log = report("p", SAME_INSTANT)) {
            log.sending(List.of(1L, 2L));
            unfinished = log.file();
        }
        try (DeleteRunLog log = report("other.example.com", SAME_INSTANT)) {
            log.end(DeleteRunLog.End.STOPPED, "QUERY_LIMIT_EXCEEDED");
        }
        try (DeleteRunLog log = report("p", SAME_INSTANT)) {
            log.end(DeleteRunLog.End.FINISHED, "");
        }

        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(unfinished);
    }

    @Test
    void aReportCutMidLineByAKillIsUnfinished() throws Exception {
        Path cut;
        try (DeleteRunLog log = report("p", SAME_INSTANT)) {
            log.sending(List.of(5L, 6L));
            cut = log.file();
        }
        appendRaw(cut, "{\"batch\":[[5,\"DELE");

        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(cut);
        assertThat(DeleteRunLog.open(cut).inFlight()).containsExactly(5L, 6L);
    }

    @Test
    void aRunKilledWhileWritingItsEndIsUnfinished() throws Exception {
        Path cut;
        try (DeleteRunLog log = report("p", SAME_INSTANT)) {
            cut = log.file();
        }
        appendRaw(cut, "{\"end\":\"FINISHED\",\"co");

        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(cut);
    }

    @Test
    void aRunThatFinishesAfterALookIsNoLongerOfferedAndOneContinuedAfterItsEndIs() throws Exception {
        DeleteRunLog log = report("p", SAME_INSTANT);
        log.end(DeleteRunLog.End.CANCELLED, "");
        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(log.file());

        log.end(DeleteRunLog.End.FINISHED, "");
        log.close();
        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).isEmpty();

        appendRaw(log.file(), "{\"resumed\":0}\n");
        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(log.file());
    }

    @Test
    void aLastLineLongerThanTheTailReadIsABatchNotAnEnd() throws Exception {
        Path big;
        try (DeleteRunLog log = report("p", SAME_INSTANT)) {
            List<Long> many = java.util.stream.LongStream.rangeClosed(1, 3000).boxed().toList();
            log.sending(many);
            big = log.file();
        }

        assertThat(DeleteRunLog.latestUnfinished(reports, "p")).contains(big);
    }

    @Test
    void theOfferCountsWhatTheRunDeletedAndFollowsItWhenItGoesOn() throws Exception {
        DeleteRunLog log = report("p", SAME_INSTANT);
        log.sending(List.of(1L, 2L));
        log.batchDone(List.of(DeleteOutcome.deleted(1), DeleteOutcome.deleted(2)), 2);
        log.end(DeleteRunLog.End.CANCELLED, "");

        assertThat(DeleteRunLog.latestUnfinishedWithCounts(reports, "p")).hasValueSatisfying(found -> {
            assertThat(found.file()).isEqualTo(log.file());
            assertThat(found.deleted()).isEqualTo(2);
            assertThat(found.expected()).isEqualTo(500);
        });

        appendRaw(log.file(), "{\"resumed\":2}\n");
        log.close();
        try (DeleteRunLog again = DeleteRunLog.open(log.file())) {
            again.reopen();
            again.sending(List.of(3L));
            again.batchDone(List.of(DeleteOutcome.deleted(3)), 3);
        }
        appendRaw(log.file(), "{\"batch\":[[4,\"DEL");

        assertThat(DeleteRunLog.latestUnfinishedWithCounts(reports, "p")).hasValueSatisfying(found ->
                assertThat(found.deleted()).isEqualTo(3));
    }
}
