package org.badgemanager.ui.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.badgesets.StepOutcome;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Apply from the user's side, against real sandbox portals: the report per badge, a second run, Cancel. */
class PlanViewModelTest {
    private final SetsRig rig = new SetsRig();

    PlanViewModelTest() throws Exception {
    }

    @AfterEach
    void close() {
        rig.close();
    }

    private CompareViewModel compareWithProduction() {
        CompareViewModel compare = rig.compare();
        compare.start(new SideChoice.Connected("Sandbox"), new SideChoice.SavedProfile(rig.production));
        return compare;
    }

    private static void show(PlanViewModel plan, CompareViewModel compare) {
        LoadedSide target = compare.loadedRightProperty().get();
        plan.show(compare.plan(), target.portal(), "Production");
    }

    @Test
    void copiesEveryBadgeToTheOtherPortalAndASecondRunFindsNothingToDo() {
        CompareViewModel compare = compareWithProduction();
        PlanViewModel plan = rig.plan();
        show(plan, compare);
        assertThat(plan.calls()).hasSize(rig.source.badges().size());
        assertThat(plan.calls()).allMatch(c -> c.method().equals("crm.activity.badge.add") && c.inBatch());

        plan.apply();

        assertThat(rig.dialogs.asked).containsExactly("Change 7 badges on \u201cProduction\u201d?");
        assertThat(rig.target.badges()).extracting(SandboxBadge::code)
                .containsExactlyInAnyOrderElementsOf(rig.source.badges().stream().map(SandboxBadge::code).toList());
        assertThat(plan.lines()).allMatch(l -> l.outcomeProperty().get().result() == StepOutcome.Result.DONE);
        assertThat(plan.summaryProperty().get()).startsWith("Done: the target holds what the plan meant. Outcome: done 7.");
        assertThat(rig.notifier.infos).contains("The plan is applied to \u201cProduction\u201d.");

        int sent = rig.target.requests().size();
        compare.compare();
        assertThat(compare.count(CodeState.SAME).get()).isEqualTo(rig.source.badges().size());
        assertThat(compare.canPlan().get()).isFalse();
        assertThat(rig.target.requests().subList(sent, rig.target.requests().size()))
                .extracting(r -> r.method()).containsExactly("crm.activity.badge.list");
    }

    @Test
    void aBadgeInUseIsReportedWithThePortalsCodeAndTheRestIsDone() throws Exception {
        rig.target.putBadge(SandboxBadge.of("extraInUse", "Old", "Old", "secondary"));
        long activity = rig.target.addActivities(1, 2, 1).get(0);
        rig.target.bindBadge(activity, "extraInUse");
        CompareViewModel compare = compareWithProduction();
        compare.deleteExtraProperty().set(true);
        PlanViewModel plan = rig.plan();
        show(plan, compare);

        plan.apply();

        PlanLine refused = plan.lines().stream().filter(l -> l.code().equals("extraInUse")).findFirst().orElseThrow();
        assertThat(refused.outcomeProperty().get().result()).isEqualTo(StepOutcome.Result.REFUSED);
        assertThat(refused.outcomeProperty().get().bitrixCode()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");
        assertThat(plan.explanation(refused.outcomeProperty().get())).contains("Where is it used?");
        assertThat(rig.target.badge("extraInUse")).isPresent();
        assertThat(plan.summaryProperty().get()).startsWith("Finished with problems").contains("refused 1")
                .contains("done 7").contains("The badges as they were are in");
        try (var files = java.nio.file.Files.list(rig.backups)) {
            java.nio.file.Path backup = files.findFirst().orElseThrow();
            assertThat(BadgeSetFiles.read(backup).badges()).extracting(Badge::code).containsExactly("extraInUse");
        }
    }

    @Test
    void cancelAfterTheFirstReplaceLeavesTheRestUntouchedAndReportedAsNotRun() throws Exception {
        var before = rig.source.badges();
        List<Badge> edited = new ArrayList<>();
        for (Badge b : BadgeSet.fromPortal(rig.connected.badges()).badges()) {
            edited.add(new Badge(b.code(), LocalizedText.of("Edited " + b.code()), b.value(), b.type()));
        }
        java.nio.file.Path file = rig.home.resolve("edited.json");
        BadgeSetFiles.write(BadgeSet.of(edited), file);
        CompareViewModel compare = rig.compare();
        compare.start(new SideChoice.File(file), new SideChoice.Connected("Sandbox"));
        ManualTaskRunner manual = new ManualTaskRunner();
        PlanViewModel plan = new PlanViewModel(manual, rig.notifier, rig.dialogs, rig.messages, rig.backups);
        plan.show(compare.plan(), compare.loadedRightProperty().get().portal(), "Sandbox");
        // the user presses Cancel as soon as the first badge is reported
        plan.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                plan.cancel();
            }
        });

        plan.apply();
        assertThat(plan.runningProperty().get()).isTrue();
        manual.runAll();

        assertThat(plan.runningProperty().get()).isFalse();
        assertThat(plan.summaryProperty().get()).startsWith("Cancelled.");
        List<String> notRun = plan.lines().stream()
                .filter(l -> l.outcomeProperty().get().result() == StepOutcome.Result.NOT_RUN).map(PlanLine::code)
                .toList();
        assertThat(notRun).isNotEmpty().hasSizeLessThan(edited.size());
        for (String code : notRun) {
            assertThat(rig.source.badge(code)).as(code + " as it was").isEqualTo(
                    before.stream().filter(b -> b.code().equals(code)).findFirst());
        }
    }

    @Test
    void cancellingTheConfirmationSendsNothing() {
        CompareViewModel compare = compareWithProduction();
        PlanViewModel plan = new PlanViewModel(rig.tasks, rig.notifier,
                new org.badgemanager.testutil.AnsweringDialogs(false), rig.messages, rig.backups);
        show(plan, compare);
        int sent = rig.target.requests().size();

        plan.apply();

        assertThat(rig.target.requests()).hasSize(sent);
        assertThat(plan.appliedProperty().get()).isFalse();
        assertThat(plan.canApply().get()).isTrue();
    }
}
