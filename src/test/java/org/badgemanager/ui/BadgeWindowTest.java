package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.popupShows;
import static org.badgemanager.ui.UiHarness.table;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.badges.BadgeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The badge window driven like a user would, against a fresh sandbox portal per test. */
@ExtendWith(SandboxUi.class)
class BadgeWindowTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    private void waitForSeededBadges(FxRobot robot) {
        waitUntil(() -> tableHas(robot, "missedCall"));
    }

    @Test
    void showsTheSeededBadges(FxRobot robot) {
        waitForSeededBadges(robot);
        assertThat(table(robot).getItems()).hasSize(ui.portal.badges().size());
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo(ui.portal.badges().size() + " badges");
    }

    @Test
    void titlesWithTranslationsHintAtThemAndListThemInATooltip(FxRobot robot) {
        waitForSeededBadges(robot);
        // paymentOverdue has an English and a Russian title; missedCall one text for all languages
        TableCell<?, ?> translated = titleCell(robot, "Payment   +1");
        assertThat(translated.getTooltip()).as("made when the pointer comes, not with the row").isNull();
        robot.moveTo(translated);
        waitUntil(() -> translated.getTooltip() != null && translated.getTooltip().isShowing());
        assertThat(translated.getTooltip().getText()).contains("en: Payment").contains("ru: ");
        TableCell<?, ?> plain = titleCell(robot, "Call Status");
        robot.moveTo(plain);
        assertThat(plain.getTooltip()).isNull();
    }

    private static TableCell<?, ?> titleCell(FxRobot robot, String shown) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> shown.equals(c.getText()))
                .queryAs(TableCell.class);
    }

    @Test
    void addsABadgeInTwoLanguages(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("#addButton");
        UiHarness.fillTwoLanguages(robot, "missedCall2", new String[] {"Missed call", "Missed"},
                new String[] {"Пропущенный звонок", "Пропущен"});
        robot.interact(() -> robot.lookup("#typePicker").queryAs(ComboBox.class).setValue(BadgeType.FAILURE));
        robot.clickOn("#saveButton");

        waitUntil(() -> ui.portal.badge("missedCall2").isPresent());
        SandboxBadge sent = ui.portal.badge("missedCall2").orElseThrow();
        assertThat(sent.title()).isEqualTo(Json.parse("{\"en\":\"Missed call\",\"ru\":\"Пропущенный звонок\"}"));
        assertThat(sent.value()).isEqualTo(Json.parse("{\"en\":\"Missed\",\"ru\":\"Пропущен\"}"));
        assertThat(sent.type()).isEqualTo("failure");
        waitUntil(() -> tableHas(robot, "missedCall2"));
    }

    @Test
    void oneTextForAllLanguagesIsSentAsAString(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("plainBadge");
        robot.clickOn("#sameForAllCheck");
        robot.clickOn("#plainTitleField").write("Status");
        robot.clickOn("#plainValueField").write("Open");
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("plainBadge").isPresent());
        assertThat(ui.portal.badge("plainBadge").orElseThrow().title().isTextual()).isTrue();
        assertThat(ui.portal.badge("plainBadge").orElseThrow().value().asText()).isEqualTo("Open");
    }

    @Test
    void nothingIsSentWhileTheFormIsInvalid(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("has space");
        robot.clickOn("#titleField_en").write("Only English");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#codeError").queryAs(Label.class).getText())
                .isEqualTo("Use only Latin letters, digits, _ and -.");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).contains("Missing in");
        assertThat(ui.portal.requests("crm.activity.badge.add")).isEmpty();
    }

    @Test
    void editingTheTypeReplacesTheBadgeWithoutADuplicate(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.interact(() -> table(robot).getSelectionModel().select(
                table(robot).getItems().stream().filter(r -> r.code().equals("paymentOverdue")).findFirst().orElseThrow()));
        robot.clickOn("#editButton");
        robot.interact(() -> robot.lookup("#typePicker").queryAs(ComboBox.class).setValue(BadgeType.SUCCESS));
        robot.clickOn("#saveButton");
        waitUntil(() -> ui.portal.badge("paymentOverdue").map(b -> b.type().equals("success")).orElse(false));
        assertThat(ui.portal.badges()).filteredOn(b -> b.code().equals("paymentOverdue")).hasSize(1);
        assertThat(ui.portal.badge("paymentOverdue").orElseThrow().title().path("ru").asText()).isNotEmpty();
        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.code().equals("paymentOverdue") && r.badge().type() == BadgeType.SUCCESS));
    }

    @Test
    void aDuplicateCodeShowsBxInvalidValueInAPopupAndAtTheField(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("#addButton");
        UiHarness.fillTwoLanguages(robot, "missedCall", new String[] {"Again", "Again"},
                new String[] {"Снова", "Снова"});
        robot.clickOn("#saveButton");
        waitUntil(() -> popupShows(robot, "BX_INVALID_VALUE"));
        assertThat(robot.lookup("#codeError").queryAs(Label.class).getText()).contains("already used");
        assertThat(ui.portal.badges()).filteredOn(b -> b.code().equals("missedCall")).hasSize(1);
    }

    @Test
    void aPortalThatKeepsSayingQueryLimitExceededShowsTheCodeAndKeepsTheTable(FxRobot robot) {
        waitForSeededBadges(robot);
        int rows = table(robot).getItems().size();
        ui.portal.faults().failAlways("crm.activity.badge.list", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        robot.clickOn("#badgeTable").type(KeyCode.F5);
        waitUntil(() -> popupShows(robot, "QUERY_LIMIT_EXCEEDED"));
        assertThat(table(robot).getItems()).hasSize(rows);
        assertThat(ui.portal.requests("crm.activity.badge.list").size()).isGreaterThan(2);
    }

    @Test
    void deleteRemovesTheBadgeAndUndoBringsItBack(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("vipClient");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> ui.portal.badge("vipClient").isEmpty() && !tableHas(robot, "vipClient"));
        robot.clickOn("Undo");
        waitUntil(() -> ui.portal.badge("vipClient").isPresent() && tableHas(robot, "vipClient"));
        assertThat(ui.portal.badge("vipClient").orElseThrow().title().path("ru").asText()).isNotEmpty();
    }

    @Test
    void aBadgeStillOnActivitiesIsExplainedInWords(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("missedCall");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        waitUntil(() -> popupShows(robot, "ENTITY_WITH_BADGE_EXISTS"));
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Activities still carry this badge")).tryQuery()).isPresent();
        assertThat(ui.portal.badge("missedCall")).isPresent();
    }

    @Test
    void searchFiltersTheTableAsYouType(FxRobot robot) {
        waitForSeededBadges(robot);
        robot.clickOn("#searchField").write("проср");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).code()).isEqualTo("paymentOverdue");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).startsWith("1 of");
    }

    @Test
    void aColumnSortHoldsWhileTheSearchNarrowsAndWidens(FxRobot robot) {
        waitForSeededBadges(robot);
        // added in an order unlike their codes' order
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = String.format("sortCheck%02d", i * 17 % 40);
            codes.add(code);
            ui.portal.putBadge(SandboxBadge.of(code, "Sorted " + i, "Value " + i, "primary"));
        }
        robot.clickOn("#refreshButton");
        waitUntil(() -> tableHas(robot, "sortCheck39"));
        List<String> ascending = codes.stream().sorted().toList();
        List<String> descending = codes.stream().sorted(Comparator.reverseOrder()).toList();

        robot.clickOn("#codeColumn");
        robot.clickOn("#searchField").write("sortCheck1");
        waitUntil(() -> table(robot).getItems().size() == 10);
        assertThat(shownCodes(robot)).containsExactlyElementsOf(ascending.subList(10, 20));

        robot.eraseText(1); // "sortCheck": the rows come back around the ones kept
        waitUntil(() -> table(robot).getItems().size() == 40);
        assertShowsTheStartOf(robot, ascending);

        robot.clickOn("#codeColumn"); // descending
        waitUntil(() -> shownCodes(robot).get(0).equals("sortCheck39"));
        assertShowsTheStartOf(robot, descending);
        robot.clickOn("#searchField").push(KeyCode.END).write("3");
        waitUntil(() -> table(robot).getItems().size() == 10);
        assertThat(shownCodes(robot)).containsExactlyElementsOf(descending.subList(0, 10));
    }

    private static void assertShowsTheStartOf(FxRobot robot, List<String> expected) {
        List<String> shown = shownCodes(robot);
        assertThat(shown).hasSizeGreaterThan(5);
        assertThat(shown).containsExactlyElementsOf(expected.subList(0, shown.size()));
    }

    /** The code column's texts on the rows on screen, top to bottom. */
    private static List<String> shownCodes(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getStyleClass().contains("code-cell")
                        && !c.isEmpty() && c.getTableRow() != null && c.getTableRow().isVisible())
                .queryAllAs(TableCell.class).stream()
                .sorted(Comparator.comparingInt(TableCell::getIndex))
                .map(c -> (String) c.getText())
                .toList();
    }

    /**
     * Reused rows are not restyled whole for a new badge (OnePassTableViewSkin); what a new badge changes must still
     * show in the very frame that shows it: checked after each frame's layout, before it is drawn.
     */
    @Test
    void everyFrameShowsChipsInTheirTypesColoursAndRowsInTheirStripes(FxRobot robot) {
        waitForSeededBadges(robot);
        BadgeType[] types = BadgeType.values();
        for (int i = 0; i < 40; i++) {
            ui.portal.putBadge(SandboxBadge.of("stripe" + i, "Stripe " + i, "Value " + i, types[i % types.length].wireName()));
        }
        robot.clickOn("#refreshButton");
        waitUntil(() -> tableHas(robot, "stripe39"));
        List<String> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger chipsSeen = new AtomicInteger();
        Scene scene = table(robot).getScene();
        Runnable inspect = () -> wrong.addAll(misStyled(robot, chipsSeen));
        robot.interact(() -> scene.addPostLayoutPulseListener(inspect));
        try {
            // each keystroke moves other badges, of other types, into the rows on screen
            robot.clickOn("#searchField").write("stripe1");
            robot.eraseText(1).write("2").eraseText(2).write("e3").eraseText(8);
            waitUntil(() -> table(robot).getItems().size() == ui.portal.badges().size());
            // scrolling by one row gives every row on screen the other stripe
            for (int top : new int[] {1, 2, 3, 4, 5, 6, 0}) {
                robot.interact(() -> table(robot).scrollTo(top));
            }
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(inspect));
        }
        assertThat(wrong).isEmpty();
        assertThat(chipsSeen.get()).as("chips inspected").isGreaterThan(500);
    }

    private static final Map<BadgeType, Color> CHIP_TEXT = Map.of(
            BadgeType.SUCCESS, Color.web("#4e6307"),
            BadgeType.FAILURE, Color.web("#9c2a37"),
            BadgeType.WARNING, Color.web("#5c4812"),
            BadgeType.PRIMARY, Color.web("#0b6a8a"),
            BadgeType.SECONDARY, Color.web("#4b5159"));

    private static double brightness(Set<Object> oneFill) {
        return ((Color) oneFill.iterator().next()).getBrightness();
    }

    /** Chips whose colours are not their badge type's, and stripes that do not alternate, on the rows on screen. */
    private static List<String> misStyled(FxRobot robot, AtomicInteger chipsSeen) {
        List<String> wrong = new ArrayList<>();
        Map<Boolean, Set<Object>> stripes = new HashMap<>();
        for (TableRow<?> row : robot.lookup(".table-row-cell").queryAllAs(TableRow.class)) {
            if (!row.isVisible() || row.isEmpty() || !(row.getItem() instanceof BadgeRow badge) || row.isSelected()) {
                continue;
            }
            if (row.getBackground() == null) {
                wrong.add(badge.code() + " on an unstyled row");
                continue;
            }
            stripes.computeIfAbsent(row.getIndex() % 2 == 0, k -> new HashSet<>())
                    .add(row.getBackground().getFills().get(row.getBackground().getFills().size() - 1).getFill());
            robot.from(row).lookup(".badge-chip").queryAllAs(Label.class).forEach(chip -> {
                chipsSeen.incrementAndGet();
                if (!CHIP_TEXT.get(badge.badge().type()).equals(chip.getTextFill())) {
                    wrong.add(badge.code() + " (" + badge.badge().type() + ") drawn in " + chip.getTextFill());
                }
            });
        }
        stripes.values().stream().filter(fills -> fills.size() > 1).forEach(f -> wrong.add("mixed stripes " + f));
        // Primer Light, striped: even rows white, odd rows a shade darker
        if (stripes.size() == 2 && stripes.get(true).size() == 1 && stripes.get(false).size() == 1
                && brightness(stripes.get(true)) <= brightness(stripes.get(false))) {
            wrong.add("even rows not lighter than odd ones " + stripes);
        }
        return wrong;
    }
}
