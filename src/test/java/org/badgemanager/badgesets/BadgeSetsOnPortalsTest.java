package org.badgemanager.badgesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badges.PendingEdit;
import org.badgemanager.sandbox.RecordedRequest;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.sandbox.SandboxPortals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Badge sets between real (sandbox) portals, judged by what the portals hold and what went over the wire: export
 * and import round trips, every compare state, a plan applied and applied again, a badge in use, refusals, lost
 * answers and Cancel on the target.
 */
class BadgeSetsOnPortalsTest {
    private SandboxPortals pair;
    private SandboxPortal empty;
    private SetPortals production;
    private SetPortals staging;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        pair = SandboxPortals.productionAndStaging(SandboxConfig.defaults().noRateLimit());
        empty = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false));
        production = SetPortals.of(pair.get(0), home);
        staging = SetPortals.of(pair.get(1), home);
    }

    @AfterEach
    void stop() {
        pair.close();
        empty.close();
    }

    @Test
    void aPortalExportedToAFileAndImportedIntoAnEmptyPortalGivesTheSameBadges() throws Exception {
        Path file = home.resolve("production.json");
        BadgeSetFiles.write(production.set(), file);
        SetPortals target = SetPortals.of(empty, home);

        BadgeSet fromFile = BadgeSetFiles.read(file);
        SetComparison comparison = SetComparison.compare(fromFile, target.set());
        assertThat(comparison.rows()).allMatch(r -> r.state() == CodeState.ONLY_LEFT);
        ApplyReport report = target.applier().apply(ApplyPlan.from(comparison, PlanOptions.defaults()),
                ApplyListener.NONE, () -> false);

        assertThat(report.complete()).isTrue();
        assertThat(SetComparison.compare(production.set(), target.set()).isSame()).isTrue();
        // byte for byte what the portal stores: plain texts stay plain, language maps keep their languages
        assertThat(empty.badges()).containsExactlyInAnyOrderElementsOf(pair.get(0).badges());
        // all seven adds in one batch, nothing sent on its own
        assertThat(empty.requests("batch")).hasSize(1);
        assertThat(empty.requests("crm.activity.badge.add")).isEmpty();
    }

    @Test
    void theSameRoundTripThroughTheTranslatorsCsv() throws Exception {
        Path file = home.resolve("production.csv");
        BadgeSetFiles.write(production.set(), file);
        SetPortals target = SetPortals.of(empty, home);
        target.applier().apply(ApplyPlan.from(SetComparison.compare(BadgeSetFiles.read(file), target.set()),
                PlanOptions.defaults()), ApplyListener.NONE, () -> false);
        assertThat(empty.badges()).containsExactlyInAnyOrderElementsOf(pair.get(0).badges());
    }

    @Test
    void twoPortalsCompareCodeByCodeWithEveryDifferenceSideBySide() {
        SetComparison comparison = SetComparison.compare(production.set(), staging.set());

        assertThat(comparison.rows(CodeState.ONLY_LEFT)).extracting(CodeComparison::code)
                .containsExactly("demoScheduled");
        assertThat(comparison.rows(CodeState.ONLY_RIGHT)).extracting(CodeComparison::code)
                .containsExactly("stagingOnly");
        CodeComparison vip = comparison.rows(CodeState.DIFFERENT).get(0);
        assertThat(comparison.rows(CodeState.DIFFERENT)).hasSize(1);
        assertThat(vip.code()).isEqualTo("vipClient");
        assertThat(vip.differentFields()).containsExactly(BadgeField.VALUE);
        assertThat(vip.differences()).containsExactly(new FieldDifference(BadgeField.VALUE, "ru", "VIP", "Важный"));
        assertThat(comparison.count(CodeState.SAME)).isEqualTo(5);
        assertThat(comparison.isSame()).isFalse();

        var json = comparison.toJson();
        assertThat(json.path("same").asBoolean()).isFalse();
        assertThat(json.path("counts").path("different").asInt()).isEqualTo(1);
        assertThat(json.path("codes").findValuesAsText("state")).contains("only_left", "only_right", "same");
    }

    @Test
    void typeAndShapeChangesAreDifferencesToo() {
        Badge plain = new Badge("x", LocalizedText.of("Status"), LocalizedText.of("New"), BadgeType.PRIMARY);
        Badge perLanguage = new Badge("x", LocalizedText.of(Map.of("en", "Status")), LocalizedText.of("New"),
                BadgeType.SUCCESS);
        CodeComparison row = SetComparison.compare(BadgeSet.of(List.of(plain)), BadgeSet.of(List.of(perLanguage)))
                .rows().get(0);
        assertThat(row.state()).isEqualTo(CodeState.DIFFERENT);
        assertThat(row.differences()).containsExactly(
                new FieldDifference(BadgeField.TYPE, null, "primary", "success"),
                new FieldDifference(BadgeField.TITLE, FieldDifference.ALL_LANGUAGES, "Status", null),
                new FieldDifference(BadgeField.TITLE, "en", null, "Status"));
    }

    @Test
    void aPlanShowsItsExactCallsAndARunOfItTwiceChangesNothingTheSecondTime() throws Exception {
        SetComparison comparison = SetComparison.compare(production.set(), staging.set());
        ApplyPlan plan = ApplyPlan.from(comparison, PlanOptions.defaults().withDeleteExtra(true));

        assertThat(plan.calls()).extracting(PlannedCall::display).containsExactly(
                "crm.activity.badge.add " + production.set().find("demoScheduled").orElseThrow().toJson(),
                "crm.activity.badge.delete {\"code\":\"vipClient\"}",
                "crm.activity.badge.add " + production.set().find("vipClient").orElseThrow().toJson(),
                "crm.activity.badge.delete {\"code\":\"stagingOnly\"}");
        assertThat(plan.calls().get(0).wire()).startsWith("crm.activity.badge.add?code=demoScheduled&");
        // the preview's wire form is what the portal received inside the batch
        pair.get(1).clearRequests();
        assertThat(plan.requests()).isEqualTo(5); // the read, a batch of adds, a replace's two, a batch of deletes

        List<Integer> progress = new ArrayList<>();
        BadgeSet before = staging.set();
        ApplyReport first = staging.applier().withBackup(home.resolve("backups"), "staging")
                .apply(plan, (done, total, latest) -> progress.add(done), () -> false);
        assertThat(first.complete()).isTrue();
        assertThat(first.count(StepOutcome.Result.DONE)).isEqualTo(3);
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(pair.get(1).requests("batch").get(0).params().path("cmd").path("add0").asText())
                .isEqualTo(plan.calls().get(0).wire());
        assertThat(SetComparison.compare(production.set(), staging.set()).isSame()).isTrue();
        assertThat(staging.net().recentlyDeleted().entries()).extracting(e -> e.badge().code())
                .containsExactly("stagingOnly");
        assertThat(staging.net().journal().pending()).isEmpty();
        // the target as it was, in a badge-set file: applying it undoes the run
        assertThat(first.backupFile().getFileName().toString()).startsWith("before-apply-staging-");
        assertThat(BadgeSetFiles.read(first.backupFile())).isEqualTo(before);

        pair.get(1).clearRequests();
        ApplyReport second = staging.applier().withBackup(home.resolve("backups"), "staging")
                .apply(plan, ApplyListener.NONE, () -> false);
        assertThat(second.backupFile()).isNull();
        assertThat(second.outcomes()).allMatch(o -> o.result() == StepOutcome.Result.ALREADY_DONE);
        assertThat(pair.get(1).requests()).extracting(RecordedRequest::method)
                .containsExactly("crm.activity.badge.list");
    }

    @Test
    void onlyTheTickedCodesAreChangedAndExtrasStayUnlessAsked() {
        SetComparison comparison = SetComparison.compare(production.set(), staging.set());
        ApplyPlan plan = ApplyPlan.from(comparison, PlanOptions.defaults().onlyCodes(Set.of("vipClient",
                "stagingOnly")));
        assertThat(plan.steps()).extracting(PlanStep::code).containsExactly("vipClient");
        staging.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(pair.get(1).badge("stagingOnly")).isPresent();
        assertThat(pair.get(1).badge("demoScheduled")).isEmpty();
    }

    @Test
    void aBadgeInUseIsReportedWithTheBitrixCodeAndNotForced() {
        long activity = pair.get(1).addActivities(1, 2, 7).get(0);
        pair.get(1).bindBadge(activity, "stagingOnly");
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), staging.set()),
                new PlanOptions(false, false, true, null));

        ApplyReport report = staging.applier().apply(plan, ApplyListener.NONE, () -> false);

        StepOutcome outcome = report.outcomes().get(0);
        assertThat(outcome.result()).isEqualTo(StepOutcome.Result.REFUSED);
        assertThat(outcome.bitrixCode()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");
        assertThat(outcome.reasonKey()).isEqualTo(StepOutcome.IN_USE);
        assertThat(report.complete()).isFalse();
        assertThat(pair.get(1).badge("stagingOnly")).isPresent();
        assertThat(staging.net().journal().pending()).isEmpty();
        assertThat(report.toJson().path("steps").get(0).path("error").asText()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");
    }

    @Test
    void aRefusedReplacePutsTheOldBadgeBackAndTheNextRunFinishes() {
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), staging.set()),
                new PlanOptions(false, true, false, null));
        Badge old = staging.set().find("vipClient").orElseThrow();
        pair.get(1).faults().failNext("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ApplyReport first = staging.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(first.outcomes().get(0).result()).isEqualTo(StepOutcome.Result.REFUSED);
        assertThat(first.outcomes().get(0).bitrixCode()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(staging.set().find("vipClient")).contains(old);

        assertThat(staging.applier().apply(plan, ApplyListener.NONE, () -> false).complete()).isTrue();
        assertThat(SetComparison.compare(production.set(), staging.set()).rows(CodeState.DIFFERENT)).isEmpty();
    }

    @Test
    void whenTheOldBadgeCannotBePutBackTheJournalKeepsItAndTheNextRunFinishes() {
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), staging.set()),
                new PlanOptions(false, true, false, null));
        Badge old = staging.set().find("vipClient").orElseThrow();
        pair.get(1).faults().failAlways("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ApplyReport first = staging.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(first.outcomes().get(0).reasonKey()).isEqualTo(StepOutcome.RESTORE_FAILED);
        assertThat(pair.get(1).badge("vipClient")).isEmpty();
        assertThat(staging.net().journal().pending()).extracting(PendingEdit::old).containsExactly(old);

        // run again while the portal still refuses: the journal cannot settle it, so nothing is sent on top of it
        pair.get(1).clearRequests();
        ApplyReport meanwhile = staging.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(meanwhile.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(StepOutcome.Result.SKIPPED);
            assertThat(o.reasonKey()).isEqualTo(StepOutcome.PENDING);
        });
        assertThat(pair.get(1).requests("crm.activity.badge.add")).as("only the journal's own put-back").hasSize(1);
        assertThat(staging.net().journal().pending()).extracting(PendingEdit::old).containsExactly(old);

        pair.get(1).faults().clear();
        ApplyReport second = staging.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(second.complete()).isTrue();
        assertThat(staging.net().journal().pending()).isEmpty();
        assertThat(SetComparison.compare(production.set(), staging.set()).rows(CodeState.DIFFERENT)).isEmpty();
    }

    @Test
    void aBatchWhoseAnswerIsLostIsCheckedOnThePortalNeverSentTwice() {
        SetPortals target = SetPortals.of(empty, home);
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), target.set()),
                PlanOptions.defaults());
        empty.faults().dropAfterNext("batch");

        ApplyReport report = target.applier().apply(plan, ApplyListener.NONE, () -> false);

        assertThat(report.complete()).isTrue();
        assertThat(empty.requests("batch")).hasSize(1);
        assertThat(empty.badges()).containsExactlyInAnyOrderElementsOf(pair.get(0).badges());
    }

    @Test
    void aBatchLostBeforeItRanIsReportedAndTheNextRunSendsIt() {
        SetPortals target = SetPortals.of(empty, home);
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), target.set()),
                PlanOptions.defaults());
        empty.faults().dropNext("batch");

        ApplyReport first = target.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(first.outcomes()).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(StepOutcome.Result.REFUSED);
            assertThat(o.bitrixCode()).isEqualTo("NO_ANSWER");
        });
        assertThat(empty.badges()).isEmpty();

        assertThat(target.applier().apply(plan, ApplyListener.NONE, () -> false).complete()).isTrue();
        assertThat(empty.badges()).containsExactlyInAnyOrderElementsOf(pair.get(0).badges());
    }

    @Test
    void cancelStopsBetweenBatchesAndTheRestIsNotRun() {
        List<Badge> many = IntStream.range(0, 120).mapToObj(i -> new Badge("b" + i, LocalizedText.of("T" + i),
                LocalizedText.of("V"), BadgeType.PRIMARY)).toList();
        SetPortals target = SetPortals.of(empty, home);
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(BadgeSet.of(many), target.set()),
                PlanOptions.defaults());
        boolean[] cancel = {false};

        ApplyReport report = target.applier().apply(plan, (done, total, latest) -> cancel[0] = true,
                () -> cancel[0]);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.count(StepOutcome.Result.DONE)).isEqualTo(50);
        assertThat(report.count(StepOutcome.Result.NOT_RUN)).isEqualTo(70);
        assertThat(empty.badges()).hasSize(50);
        ApplyReport rest = target.applier().apply(plan, ApplyListener.NONE, () -> false);
        assertThat(rest.count(StepOutcome.Result.ALREADY_DONE)).isEqualTo(50);
        assertThat(rest.count(StepOutcome.Result.DONE)).isEqualTo(70);
        assertThat(empty.badges().stream().map(b -> b.code()).collect(Collectors.toSet()))
                .isEqualTo(many.stream().map(Badge::code).collect(Collectors.toSet()));
    }

    @Test
    void aCancelThatInterruptsABatchInFlightStillReportsWhatTheBatchDid() throws Exception {
        SetPortals target = SetPortals.of(empty, home);
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), target.set()),
                PlanOptions.defaults());
        org.badgemanager.sandbox.CallHold hold = empty.faults().holdNext("batch", true, java.time.Duration.ofSeconds(30));
        ApplyReport[] report = new ApplyReport[1];
        Thread worker = new Thread(() -> report[0] = target.applier().apply(plan, ApplyListener.NONE, () -> false));
        worker.start();
        assertThat(hold.awaitArrival(java.time.Duration.ofSeconds(30))).isTrue(); // the adds ran; the answer waits
        worker.interrupt(); // Cancel
        hold.release();
        worker.join(30_000);

        assertThat(report[0].cancelled()).isTrue();
        assertThat(report[0].outcomes()).allMatch(o -> o.result() == StepOutcome.Result.DONE);
        assertThat(empty.requests("batch")).hasSize(1);
    }

    @Test
    void aTargetChangedSinceTheComparisonIsSkippedNotOverwritten() {
        ApplyPlan plan = ApplyPlan.from(SetComparison.compare(production.set(), staging.set()),
                PlanOptions.defaults().withDeleteExtra(true));
        pair.get(1).removeBadge("stagingOnly");
        pair.get(1).putBadge(org.badgemanager.sandbox.SandboxBadge.of("stagingOnly", "Edited", "Meanwhile",
                "warning"));

        ApplyReport report = staging.applier().apply(plan, ApplyListener.NONE, () -> false);

        StepOutcome delete = report.outcomes().stream().filter(o -> o.code().equals("stagingOnly")).findFirst()
                .orElseThrow();
        assertThat(delete.result()).isEqualTo(StepOutcome.Result.SKIPPED);
        assertThat(delete.reasonKey()).isEqualTo(StepOutcome.CHANGED);
        assertThat(pair.get(1).badge("stagingOnly")).isPresent();
    }
}
