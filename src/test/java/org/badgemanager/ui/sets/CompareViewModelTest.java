package org.badgemanager.ui.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.badgesets.PlanStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The comparison as the user drives it: sides, states, filter, side by side, and what the plan would change. */
class CompareViewModelTest {
    private final SetsRig rig = new SetsRig();

    CompareViewModelTest() throws Exception {
    }

    @AfterEach
    void close() {
        rig.close();
    }

    /** The connected portal's badges with one Russian title changed, one badge left out and one new one. */
    private Path editedExport() throws Exception {
        List<Badge> badges = new ArrayList<>(BadgeSet.fromPortal(rig.connected.badges()).badges());
        badges.removeIf(b -> b.code().equals("demoScheduled"));
        for (int i = 0; i < badges.size(); i++) {
            Badge b = badges.get(i);
            if (b.code().equals("paymentOverdue")) {
                Map<String, String> title = new LinkedHashMap<>(((LocalizedText.PerLanguage) b.title()).texts());
                title.put("ru", "Оплата просрочена");
                badges.set(i, new Badge(b.code(), LocalizedText.of(title), b.value(), b.type()));
            }
        }
        badges.add(new Badge("callBack", LocalizedText.of("Call back"), LocalizedText.of("Today"),
                org.badgemanager.badges.BadgeType.PRIMARY));
        Path file = rig.home.resolve("edited.json");
        BadgeSetFiles.write(BadgeSet.of(badges), file);
        return file;
    }

    @Test
    void aFileAgainstThePortalShowsEveryCodeWithItsStateAndTheChangedTextSideBySide() throws Exception {
        CompareViewModel model = rig.compare();
        model.start(new SideChoice.File(editedExport()), new SideChoice.Connected("Sandbox"));

        assertThat(model.count(CodeState.ONLY_LEFT).get()).isEqualTo(1);
        assertThat(model.count(CodeState.ONLY_RIGHT).get()).isEqualTo(1);
        assertThat(model.count(CodeState.DIFFERENT).get()).isEqualTo(1);
        assertThat(model.count(CodeState.SAME).get()).isEqualTo(rig.source.badges().size() - 2);
        assertThat(model.statusProperty().get()).isEqualTo("Left 7, right 7 badges; 3 codes differ.");

        model.filterProperty().set(CodeState.DIFFERENT);
        assertThat(model.visibleRows()).extracting(CompareRow::code).containsExactly("paymentOverdue");
        model.selectedProperty().set(model.visibleRows().get(0));
        assertThat(model.details()).extracting(DetailLine::field, DetailLine::language, DetailLine::right,
                DetailLine::left).containsExactly(org.assertj.core.groups.Tuple.tuple("Title", "ru",
                rig.source.badge("paymentOverdue").orElseThrow().title().path("ru").asText(), "Оплата просрочена"));
        model.filterProperty().set(null);
        assertThat(model.visibleRows()).hasSize(model.rows().size());
    }

    @Test
    void aConnectedSideChosenBeforeTheWindowConnectedElsewhereIsNotReadNorATarget() throws Exception {
        CompareViewModel model = rig.compare();
        Path file = editedExport();
        rig.source.clearRequests();
        model.start(new SideChoice.File(file), new SideChoice.Connected("Production portal"));

        assertThat(model.statusProperty().get())
                .isEqualTo("The window is now connected to \u201cSandbox\u201d, not \u201cProduction portal\u201d: choose the side again.");
        assertThat(rig.notifier.errors).hasSize(1);
        assertThat(model.rows()).isEmpty();
        assertThat(model.canPlan().get()).isFalse();
        assertThat(rig.source.requests()).noneMatch(r -> r.method().startsWith("crm.activity.badge"));
    }

    @Test
    void aFileWithProblemsListsEachWithItsLineAndNothingCanBeSent() throws Exception {
        Path broken = rig.home.resolve("broken.json");
        Files.writeString(broken, """
                {"format": "badge-manager/badges", "version": 1, "badges": [
                  {"code": "ok1", "type": "success", "title": "Fine", "value": "Fine"},
                  {"code": "bad code!", "type": "success", "title": "T", "value": "V"},
                  {"code": "noType", "type": "purple", "title": "T", "value": "V"}
                ]}
                """);
        rig.source.clearRequests();
        CompareViewModel model = rig.compare();
        model.start(new SideChoice.File(broken), new SideChoice.Connected("Sandbox"));

        assertThat(model.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(model.problems()).anyMatch(p -> p.startsWith("Line 3, badges[1].code"));
        assertThat(model.problems()).anyMatch(p -> p.startsWith("Line 4, badges[2].type"));
        assertThat(model.statusProperty().get()).startsWith("The file cannot be used:");
        assertThat(model.rows()).isEmpty();
        assertThat(model.canPlan().get()).isFalse();
        assertThat(rig.source.requests()).noneMatch(r -> r.method().startsWith("crm.activity.badge.list"));
    }

    @Test
    void deletingExtraBadgesIsOffUntilAskedAndUntickedCodesStayOut() throws Exception {
        CompareViewModel model = rig.compare();
        model.start(new SideChoice.File(editedExport()), new SideChoice.Connected("Sandbox"));

        assertThat(model.deleteExtraProperty().get()).isFalse();
        assertThat(kinds(model)).containsExactlyInAnyOrder("ADD callBack", "REPLACE paymentOverdue");
        assertThat(model.plannedProperty().get()).isEqualTo(2);

        model.deleteExtraProperty().set(true);
        assertThat(kinds(model)).contains("DELETE demoScheduled");

        model.rows().stream().filter(r -> r.code().equals("callBack")).findFirst().orElseThrow()
                .includedProperty().set(false);
        assertThat(kinds(model)).containsExactlyInAnyOrder("REPLACE paymentOverdue", "DELETE demoScheduled");
        assertThat(model.plannedProperty().get()).isEqualTo(2);
    }

    private static List<String> kinds(CompareViewModel model) {
        return model.plan().steps().stream().map(s -> s.kind() + " " + s.code()).toList();
    }

    @Test
    void anotherSavedPortalIsOpenedFromItsSavedSecretAndIsTheTarget() {
        CompareViewModel model = rig.compare();
        model.start(new SideChoice.Connected("Sandbox"), new SideChoice.SavedProfile(rig.production));

        assertThat(rig.notifier.errors).isEmpty();
        assertThat(model.count(CodeState.ONLY_LEFT).get()).isEqualTo(rig.source.badges().size());
        assertThat(model.loadedRightProperty().get().changeable()).isTrue();
        assertThat(model.canPlan().get()).isTrue();
        assertThat(rig.target.requests("crm.activity.badge.list")).hasSize(1);
        assertThat(model.plan().steps(PlanStep.Kind.ADD)).hasSize(rig.source.badges().size());
    }

    @Test
    void aFileOnTheRightIsNeverATargetAndSwapMakesThePortalOne() throws Exception {
        CompareViewModel model = rig.compare();
        model.start(new SideChoice.Connected("Sandbox"), new SideChoice.File(editedExport()));
        assertThat(model.canPlan().get()).isFalse();

        model.swap();

        assertThat(model.leftProperty().get()).isInstanceOf(SideChoice.File.class);
        assertThat(model.canPlan().get()).isTrue();
    }

    @Test
    void copyingASelectionComparesOnlyItsCodesSoTheTargetsOtherBadgesAreNeverDeleted() {
        rig.target.putBadge(org.badgemanager.sandbox.SandboxBadge.of("productionOnly", "P", "P", "primary"));
        List<Badge> selected = BadgeSet.fromPortal(rig.connected.badges()).badges().subList(0, 2);
        CompareViewModel model = rig.compare();
        boolean[] wentOn = new boolean[1];
        model.onComparedForCopy(() -> wentOn[0] = true);
        model.start(new SideChoice.Selection("Sandbox", selected), new SideChoice.SavedProfile(rig.production));
        model.deleteExtraProperty().set(true);

        assertThat(wentOn[0]).as("straight on to the plan").isTrue();
        assertThat(model.rows()).extracting(CompareRow::code)
                .containsExactlyElementsOf(selected.stream().map(Badge::code).toList());
        assertThat(kinds(model)).allMatch(k -> k.startsWith("ADD "));
        assertThat(model.plan().steps(PlanStep.Kind.DELETE)).isEmpty();
    }

    @Test
    void aChosenFileBecomesASideAndCancellingTheChooserChangesNothing() throws Exception {
        CompareViewModel model = rig.compare();
        Path file = editedExport();
        rig.dialogs.chosen = Optional.empty();
        model.chooseFile(true);
        assertThat(model.leftProperty().get()).isNull();

        rig.dialogs.chosen = Optional.of(file);
        model.chooseFile(true);
        assertThat(model.leftProperty().get()).isEqualTo(new SideChoice.File(file));
        assertThat(model.sideOptions()).contains(new SideChoice.File(file));
    }
}
