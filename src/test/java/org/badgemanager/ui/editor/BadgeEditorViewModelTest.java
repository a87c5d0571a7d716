package org.badgemanager.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.BadgeValidator.Field;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The add/edit form's rules, run synchronously against the sandbox portal. */
class BadgeEditorViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<String> savedCodes = new ArrayList<>();
    private SandboxPortal portal;
    private BadgeService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private BadgeEditorViewModel form(TaskRunner tasks) {
        return new BadgeEditorViewModel(service, tasks, notifier, messages,
                (oldCode, badge) -> savedCodes.add(oldCode + "->" + (badge == null ? null : badge.code())));
    }

    private static void fill(BadgeEditorViewModel form, String lang, String title, String value) {
        LanguageTexts texts = form.languages().stream().filter(t -> t.language().equals(lang)).findFirst().orElseThrow();
        texts.titleProperty().set(title);
        texts.valueProperty().set(value);
    }

    @Test
    void aNewFormOffersEnglishAndRussianTabsAndIsInvalidUntilFilled() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        assertThat(form.languages()).extracting(LanguageTexts::language).containsExactly("en", "ru");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo("Enter a code.");
        form.save();
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void everyLanguageTabMustBeFilled() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.codeProperty().set("twoLang");
        fill(form, "en", "Call", "Missed");
        assertThat(form.errorOf(Field.TITLE).get()).isEqualTo("Missing in Русский.");
        assertThat(form.languagesWithProblems()).containsExactly("ru");
        fill(form, "ru", "Звонок", "Пропущен");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void codeRulesAreCheckedBeforeAnyCall() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.codeProperty().set("c".repeat(31));
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo("The code may have at most 30 characters.");
        form.codeProperty().set("bad\u0007code");
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo("Use only Latin letters, digits, _ and -.");
        form.codeProperty().set("good_code-1");
        assertThat(form.errorOf(Field.CODE).get()).isNull();
    }

    @Test
    void languagesCanBeAddedAndRemovedButTheLastOneStays() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        assertThat(form.languagesToAdd()).contains("de").doesNotContain("en", "ru");
        form.addLanguage("de");
        form.addLanguage("de");
        form.addLanguage("xx");
        assertThat(form.languages()).extracting(LanguageTexts::language).containsExactly("en", "ru", "de");
        form.removeLanguage("ru");
        form.removeLanguage("de");
        form.removeLanguage("en");
        assertThat(form.languages()).extracting(LanguageTexts::language).containsExactly("en");
    }

    @Test
    void tabsAreSentAsLanguageMaps() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.codeProperty().set("mapped");
        form.typeProperty().set(BadgeType.WARNING);
        form.addLanguage("de");
        fill(form, "en", "Alarm", "NEW");
        fill(form, "ru", "Тревога", "НОВОЕ");
        fill(form, "de", "Achtung", "NEU");
        form.save();
        var sent = portal.badge("mapped").orElseThrow();
        assertThat(sent.title()).isEqualTo(Json.parse("{\"en\":\"Alarm\",\"ru\":\"Тревога\",\"de\":\"Achtung\"}"));
        assertThat(sent.type()).isEqualTo("warning");
        assertThat(savedCodes).containsExactly("null->mapped");
        assertThat(notifier.infos).containsExactly("Badge “mapped” added.");
    }

    @Test
    void oneTextForAllLanguagesIsSentAsAPlainString() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.codeProperty().set("plain");
        form.sameForAllLanguagesProperty().set(true);
        form.plainTitleProperty().set("  Status ");
        form.plainValueProperty().set("Open");
        form.save();
        var sent = portal.requests("crm.activity.badge.add").get(0).params();
        assertThat(sent.get("title").isTextual()).isTrue();
        assertThat(sent.get("title").asText()).isEqualTo("Status");
    }

    @Test
    void whileSavingTheFormIsBusyAndCannotSaveTwice() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BadgeEditorViewModel form = form(tasks);
        form.codeProperty().set("slow");
        fill(form, "en", "A", "B");
        fill(form, "ru", "А", "Б");
        form.save();
        assertThat(form.busyProperty().get()).isTrue();
        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.statusProperty().get()).isEqualTo("Adding the badge…");
        form.save();
        assertThat(tasks.queued()).isEqualTo(1);
        tasks.runAll();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.savedProperty().get().code()).isEqualTo("slow");
        assertThat(portal.requests("crm.activity.badge.add")).hasSize(1);
    }

    @Test
    void aServerRejectionIsShownAtTheFieldAndInAPopup() {
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.codeProperty().set("missedCall");
        fill(form, "en", "A", "B");
        fill(form, "ru", "А", "Б");
        form.save();
        assertThat(notifier.errorCodes()).containsExactly("BX_INVALID_VALUE");
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo(messages.get("editor.codeTaken"));
        assertThat(form.savedProperty().get()).isNull();
        form.codeProperty().set("missedCall3");
        assertThat(form.errorOf(Field.CODE).get()).isNull();
    }

    @Test
    void editingKeepsTheShapeAndReplacesTheBadge() {
        Badge existing = service.get("paymentOverdue");
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.edit(existing);
        assertThat(form.sameForAllLanguagesProperty().get()).isFalse();
        assertThat(form.languages()).extracting(LanguageTexts::language).containsExactly("en", "ru");
        form.typeProperty().set(BadgeType.SUCCESS);
        form.save();
        assertThat(service.get("paymentOverdue")).isEqualTo(new Badge("paymentOverdue", existing.title(),
                existing.value(), BadgeType.SUCCESS));
        assertThat(savedCodes).containsExactly("paymentOverdue->paymentOverdue");
    }

    @Test
    void aRefusedEditPutsTheOldBadgeBackAndSaysSo() {
        Badge existing = service.get("paymentOverdue");
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.edit(existing);
        form.typeProperty().set(BadgeType.FAILURE);
        portal.faults().failNext("crm.activity.badge.add", 400, "WRONG_TYPE_VALUE", "Wrong value of field `type`");
        form.save();
        assertThat(service.get("paymentOverdue")).isEqualTo(existing);
        assertThat(notifier.errorCodes()).containsExactly("WRONG_TYPE_VALUE");
        assertThat(notifier.errors.get(0).advice()).isEqualTo(messages.get("editor.rolledBack"));
        assertThat(form.statusProperty().get()).isEqualTo(messages.get("editor.status.rolledBack"));
        assertThat(form.savedProperty().get()).isNull();
    }

    @Test
    void whenEvenTheRestoreFailsTheFormHoldsTheOldBadgeReadyToRecreate() {
        Badge existing = new Badge("fragile", LocalizedText.of(Map.of("en", "Old")), LocalizedText.of("OLD"),
                BadgeType.PRIMARY);
        service.add(existing);
        BadgeEditorViewModel form = form(new SyncTaskRunner());
        form.edit(existing);
        form.typeProperty().set(BadgeType.SUCCESS);
        portal.faults().failAlways("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "Internal error");
        form.save();
        assertThat(form.modeProperty().get()).isEqualTo(BadgeEditorViewModel.Mode.ADD);
        assertThat(form.toBadge()).isEqualTo(existing);
        assertThat(notifier.errorCodes()).containsExactly("INTERNAL_SERVER_ERROR");
        portal.faults().clear();
        form.save();
        assertThat(service.get("fragile")).isEqualTo(existing);
    }
}
