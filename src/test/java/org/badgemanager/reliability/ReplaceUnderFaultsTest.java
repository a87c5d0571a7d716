package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.Json;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxFaults;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A badge edit (delete + add, old one put back on failure) under every sequence of three faults on the calls it
 * makes, whichever call they hit: before the delete, after it ran, during and after the add, on the checks and
 * on the restore. Each time the portal must end with the old or the new badge (never neither, never two), and
 * what the form tells the user must be what the portal holds.
 */
class ReplaceUnderFaultsTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(ReplaceUnderFaultsTest.class);
    private static final String HTML_504 = "<html><body><h1>504 Gateway Time-out</h1></body></html>";

    /**
     * What happens to the next call, whichever method it is. One kind per way the client can see it: the
     * portal's refusal, no answer (run or not), and a proxy's page after the portal did the work. A body cut
     * mid-answer looks like a lost answer to the client and a proxy page before the work like a refusal; both
     * are in {@link PortalFaultsTest}. Three steps of five kinds, two code variants: 250 scenarios, a few seconds.
     */
    enum Step {
        PASS("goes through"),
        REFUSED("500 INTERNAL_SERVER_ERROR"),
        DROPPED_BEFORE("connection closed, call not run"),
        LOST_AFTER("call ran, answer lost"),
        PROXY_504_AFTER("call ran, proxy 504 page");

        final String words;

        Step(String words) {
            this.words = words;
        }

        void queue(SandboxFaults faults) {
            switch (this) {
                case PASS -> faults.passNext("*");
                case REFUSED -> faults.failNext("*", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
                case DROPPED_BEFORE -> faults.dropNext("*");
                case LOST_AFTER -> faults.dropAfterNext("*");
                case PROXY_504_AFTER -> faults.answerAfterNext("*", 504, "text/html", HTML_504);
            }
        }
    }

    enum Told { SAVED, ROLLED_BACK, NOTHING_CHANGED, RESTORE_FAILED }

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Badge old = new Badge("editMe", LocalizedText.of(Map.of("en", "Old", "ru", "Старый")),
            LocalizedText.of("OLD"), BadgeType.WARNING);
    private SandboxPortal portal;
    private BadgeService service;
    /** Hundreds of scenarios: one INFO line per failed call would flood the console and triple the run time. */
    private final java.util.logging.Logger appLog = java.util.logging.Logger.getLogger("org.badgemanager");
    private java.util.logging.Level logLevel;

    @BeforeEach
    void start() {
        logLevel = appLog.getLevel();
        appLog.setLevel(java.util.logging.Level.WARNING);
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false));
        // no pause between restore attempts: the faults are one-shot, so time would not change the outcome
        service = new BadgeService(FaultRig.webhook(portal.webhookUrl()), Duration.ZERO);
    }

    @AfterEach
    void stop() {
        appLog.setLevel(logLevel);
        portal.close();
    }

    private Optional<Badge> onPortal(String code) {
        return portal.badge(code).map(b -> {
            var node = Json.object();
            node.put("code", b.code());
            node.set("title", b.title());
            node.set("value", b.value());
            node.put("type", b.type());
            return Badge.fromJson(node);
        });
    }

    private void reset() {
        portal.faults().clear();
        portal.removeBadge("editMe");
        portal.removeBadge("renamed");
        portal.putBadge(new SandboxBadge(old.code(), old.title().toJson(), old.value().toJson(), old.type().wireName()));
    }

    @Test
    void everySequenceOfThreeFaultsEndsWithTheOldOrTheNewBadgeAndTheUserIsToldWhich() {
        Map<Told, Integer> told = new EnumMap<>(Told.class);
        List<String> problems = new ArrayList<>();
        int scenarios = 0;
        for (boolean renamed : new boolean[] {false, true}) {
            Badge updated = new Badge(renamed ? "renamed" : "editMe",
                    LocalizedText.of(Map.of("en", "New", "ru", "Новый")), LocalizedText.of("NEW"), BadgeType.SUCCESS);
            for (Step a : Step.values()) {
                for (Step b : Step.values()) {
                    for (Step c : Step.values()) {
                        scenarios++;
                        String name = (renamed ? "renamed; " : "same code; ") + a + ", " + b + ", " + c;
                        try {
                            told.merge(run(updated, List.of(a, b, c)), 1, Integer::sum);
                        } catch (AssertionError e) {
                            problems.add(name + ": " + e.getMessage().strip().replace('\n', ' '));
                        }
                    }
                }
            }
        }
        assertThat(problems).as("scenarios that lost, doubled or misreported a badge").isEmpty();
        assertThat(told.keySet()).as("the faults reach every outcome")
                .contains(Told.SAVED, Told.ROLLED_BACK, Told.NOTHING_CHANGED);
        ROWS.add("Nothing lost, nothing doubled", "Badge edit (delete + add + restore) under every sequence of 3 faults "
                + "on its next calls, kinds: " + kinds() + "; same code and renamed", scenarios,
                "told: saved " + told.getOrDefault(Told.SAVED, 0) + ", old badge put back "
                        + told.getOrDefault(Told.ROLLED_BACK, 0) + ", nothing changed "
                        + told.getOrDefault(Told.NOTHING_CHANGED, 0) + ", restore failed (form holds the old badge) "
                        + told.getOrDefault(Told.RESTORE_FAILED, 0) + "; each matched the portal",
                messages.get("editor.rolledBack"), 0);
    }

    @Test
    void whenEveryAddFailsTheFormHoldsTheOldBadgeAndOneSavePutsItBack() {
        reset();
        Badge updated = new Badge("editMe", LocalizedText.of("New"), LocalizedText.of("NEW"), BadgeType.SUCCESS);
        portal.faults().failAlways("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        RecordingNotifier notifier = new RecordingNotifier(messages);
        BadgeEditorViewModel form = editForm(notifier, updated);
        form.save();
        assertThat(classify(notifier, form)).isEqualTo(Told.RESTORE_FAILED);
        assertThat(notifier.errors.get(0).code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(form.toBadge()).isEqualTo(old);
        portal.faults().clear();
        form.save();
        assertThat(onPortal("editMe")).contains(old);
        ROWS.add("Nothing lost, nothing doubled", "Badge edit when every add fails (old badge cannot be put back)", 1,
                "`INTERNAL_SERVER_ERROR`; the form switches to adding the old badge", messages.get("editor.restoreFailed"), 0);
    }

    private static String kinds() {
        StringBuilder s = new StringBuilder();
        for (Step step : Step.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(step.words);
        }
        return s.toString();
    }

    private BadgeEditorViewModel editForm(RecordingNotifier notifier, Badge updated) {
        BadgeEditorViewModel form = new BadgeEditorViewModel(service, new SyncTaskRunner(), notifier, messages,
                (oldCode, saved) -> { });
        form.edit(old);
        form.codeProperty().set(updated.code());
        form.typeProperty().set(updated.type());
        form.languages().forEach(t -> {
            t.titleProperty().set(updated.title().forLanguage(t.language()));
            t.valueProperty().set(updated.value().forLanguage(t.language()));
        });
        form.sameForAllLanguagesProperty().set(false);
        if (updated.value() instanceof LocalizedText.Plain) {
            form.sameForAllLanguagesProperty().set(true);
            form.plainTitleProperty().set(updated.title().forLanguage("en"));
            form.plainValueProperty().set(updated.value().forLanguage("en"));
        }
        return form;
    }

    private Told run(Badge updated, List<Step> steps) {
        reset();
        RecordingNotifier notifier = new RecordingNotifier(messages);
        BadgeEditorViewModel form = new BadgeEditorViewModel(service, new SyncTaskRunner(), notifier, messages,
                (oldCode, saved) -> { });
        form.edit(old);
        form.codeProperty().set(updated.code());
        form.typeProperty().set(updated.type());
        form.languages().forEach(t -> t.titleProperty().set(updated.title().forLanguage(t.language())));
        form.languages().forEach(t -> t.valueProperty().set("NEW"));
        form.sameForAllLanguagesProperty().set(false);
        Badge expectedNew = new Badge(updated.code(), updated.title(),
                LocalizedText.of(Map.of("en", "NEW", "ru", "NEW")), updated.type());
        assertThat(form.toBadge()).isEqualTo(expectedNew);
        steps.forEach(s -> s.queue(portal.faults()));

        form.save();
        portal.faults().clear();

        Told told = classify(notifier, form);
        boolean hasOld = onPortal("editMe").filter(old::equals).isPresent();
        boolean hasNew = onPortal(expectedNew.code()).filter(expectedNew::equals).isPresent();
        int badges = portal.badges().size();
        switch (told) {
            case SAVED -> assertThat(hasNew && !hasOld && badges == 1).as("told saved; portal %s", portal.badges()).isTrue();
            case ROLLED_BACK, NOTHING_CHANGED -> assertThat(hasOld && !hasNew && badges == 1)
                    .as("told %s; portal %s", told, portal.badges()).isTrue();
            case RESTORE_FAILED -> {
                assertThat(badges).as("told restore failed; portal %s", portal.badges()).isZero();
                assertThat(form.toBadge()).isEqualTo(old);
                form.save();
                assertThat(onPortal("editMe")).contains(old);
            }
        }
        return told;
    }

    private Told classify(RecordingNotifier notifier, BadgeEditorViewModel form) {
        if (notifier.errors.isEmpty()) {
            assertThat(notifier.infos).as("told something").hasSize(1);
            assertThat(form.savedProperty().get()).isNotNull();
            return Told.SAVED;
        }
        assertThat(notifier.errors).as("one popup").hasSize(1);
        ErrorMessage error = notifier.errors.get(0);
        assertThat(error.code()).isNotBlank();
        if (error.advice().equals(messages.get("editor.rolledBack"))) {
            return Told.ROLLED_BACK;
        }
        if (error.advice().equals(messages.get("editor.restoreFailed"))) {
            return Told.RESTORE_FAILED;
        }
        assertThat(form.statusProperty().get()).isEqualTo(messages.get("editor.status.failed"));
        return Told.NOTHING_CHANGED;
    }
}
