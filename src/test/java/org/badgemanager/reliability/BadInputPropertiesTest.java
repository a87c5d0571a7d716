package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.badgemanager.activities.IdParser;
import org.badgemanager.activities.IdSelection;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeValidator;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.BitrixResponse;
import org.badgemanager.bitrix.HttpTransport;
import org.badgemanager.bitrix.InvalidWebhookUrlException;
import org.badgemanager.bitrix.ResponseParser;
import org.badgemanager.bitrix.SecureEndpoint;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.badgemanager.ui.editor.LanguageTexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated inputs on every parser and form that takes text from outside: portal answers, the
 * webhook URL, the badge form, the id box. Nothing may escape but the app's own validation result or a
 * {@link BitrixException}; each property fails on any other exception.
 *
 * <p>The inputs come from {@link InputGenerator} with a fixed seed per test, so every run makes the same cases;
 * a failure names the seed, the case number and the inputs, and the next run fails on the same case.
 */
class BadInputPropertiesTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BadInputPropertiesTest.class);
    private static final Map<String, AtomicLong> TRIES = new ConcurrentHashMap<>();
    /** The properties whose every case passed in this run: only they get a row in the report. */
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

    private static void tried(String property) {
        TRIES.computeIfAbsent(property, k -> new AtomicLong()).incrementAndGet();
    }

    private static void passed(String property) {
        PASSED.add(property);
    }

    // ---- portal answers -------------------------------------------------------------------------------------

    @Test
    void anAnswerIsAResponseOrABitrixException() {
        InputGenerator in = new InputGenerator(0x5EED_0001L);
        for (int i = 1; i <= 5000; i++) {
            int status = in.httpStatus();
            String body = in.answerBody();
            String location = in.location();
            in.check(i, () -> anAnswerIsAResponseOrABitrixException(status, body, location),
                    "status", status, "body", body, "location", location);
        }
        passed("portal answers");
    }

    private void anAnswerIsAResponseOrABitrixException(int status, String body, String location) {
        tried("portal answers");
        try {
            BitrixResponse response = ResponseParser.parse("crm.activity.badge.list",
                    new HttpTransport.Reply(status, body, location));
            response.operatingResetAt();
            try {
                response.result().path("badges").forEach(Badge::fromJson);
            } catch (IllegalArgumentException unreadableBadge) {
                // BadgeService turns this into UNEXPECTED_RESPONSE; it is the app's own check
            }
        } catch (BitrixException e) {
            assertThat(e.code()).isNotNull();
            ErrorMessage shown = ErrorMessage.of(e, MESSAGES);
            assertThat(shown.code()).isNotBlank();
            assertThat(shown.advice()).isNotBlank();
        }
    }

    // ---- the webhook URL --------------------------------------------------------------------------------------

    @Test
    void aWebhookUrlIsAcceptedOnlyWithHttpsOrOnLoopbackAndItsCodeIsNeverShown() {
        InputGenerator in = new InputGenerator(0x5EED_0002L);
        for (int i = 1; i <= 5000; i++) {
            String text = in.webhookUrl();
            in.check(i, () -> aWebhookUrlIsAcceptedOnlyWithHttpsOrOnLoopbackAndItsCodeIsNeverShown(text),
                    "text", text);
        }
        passed("webhook URL");
    }

    private void aWebhookUrlIsAcceptedOnlyWithHttpsOrOnLoopbackAndItsCodeIsNeverShown(String text) {
        tried("webhook URL");
        WebhookConnection hook;
        try {
            hook = WebhookConnection.parse(text);
        } catch (InvalidWebhookUrlException e) {
            assertThat(e.problem()).isNotNull();
            assertThat(MESSAGES.has("webhook.problem." + e.problem())).isTrue();
            return;
        }
        tried("webhook URL accepted");
        URI base = URI.create(hook.secretUrl());
        assertThat(SecureEndpoint.isAllowed(base)).isTrue();
        if (base.getScheme().equals("http")) {
            assertThat(SecureEndpoint.isLoopback(base.getHost())).isTrue();
        }
        assertThat(hook.maskedDescription()).doesNotContain("/" + hook.code() + "/").contains(WebhookConnection.MASK);
        assertThat(hook.toString()).isEqualTo(hook.maskedDescription());
        assertThat(hook.methodUri("crm.activity.badge.list").getHost()).isEqualTo(base.getHost());
    }

    // ---- the badge form -------------------------------------------------------------------------------------

    private BadgeEditorViewModel form(BadgeService service, RecordingNotifier notifier) {
        return new BadgeEditorViewModel(service, new SyncTaskRunner(), notifier, MESSAGES, (o, b) -> { });
    }

    @Test
    void theBadgeFormTakesAnyTextAndLetsThroughOnlyWhatThePortalsRulesAllow() {
        InputGenerator in = new InputGenerator(0x5EED_0003L);
        for (int i = 1; i <= 3000; i++) {
            String code = in.typedCode();
            String title = in.typedText();
            String value = in.typedText();
            String ruTitle = in.formText();
            boolean sameForAll = in.bool();
            in.check(i, () -> theBadgeFormTakesAnyTextAndLetsThroughOnlyWhatThePortalsRulesAllow(code, title, value,
                    ruTitle, sameForAll), "code", code, "title", title, "value", value, "ruTitle", ruTitle,
                    "sameForAll", sameForAll);
        }
        passed("badge form");
    }

    private void theBadgeFormTakesAnyTextAndLetsThroughOnlyWhatThePortalsRulesAllow(
            String code, String title, String value, String ruTitle, boolean sameForAll) {
        tried("badge form");
        BadgeEditorViewModel form = form(null, new RecordingNotifier(MESSAGES));
        form.codeProperty().set(code);
        form.sameForAllLanguagesProperty().set(sameForAll);
        form.plainTitleProperty().set(title);
        form.plainValueProperty().set(value);
        for (LanguageTexts t : form.languages()) {
            t.titleProperty().set(t.language().equals("ru") ? ruTitle : title);
            t.valueProperty().set(value);
        }
        Badge badge = form.toBadge();
        boolean valid = form.validProperty().get();
        assertThat(valid).isEqualTo(BadgeValidator.validate(badge).isEmpty());
        for (BadgeValidator.Field field : BadgeValidator.Field.values()) {
            String error = form.errorOf(field).get();
            assertThat(error == null || !error.startsWith("validation.")).as("a message, not a key").isTrue();
        }
        if (valid) {
            tried("badge form valid");
            assertThat(badge.code()).matches("[A-Za-z0-9_-]{1,30}");
            assertThat(badge.title().forLanguage("en")).isNotBlank();
            assertThat((badge.title().forLanguage("en") + badge.value().forLanguage("ru")).chars()
                    .noneMatch(Character::isISOControl)).isTrue();
        }
    }

    @Test
    void whatTheFormLetsThroughThePortalAccepts() {
        InputGenerator in = new InputGenerator(0x5EED_0004L);
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false))) {
            for (int i = 1; i <= 2000; i++) {
                String code = in.typedCode();
                String title = in.typedText();
                String value = in.typedText();
                in.check(i, () -> whatTheFormLetsThroughThePortalAccepts(portal, code, title, value),
                        "code", code, "title", title, "value", value);
            }
        }
        passed("form → portal");
    }

    private void whatTheFormLetsThroughThePortalAccepts(SandboxPortal portal, String code, String title,
                                                        String value) {
        tried("form → portal");
        RecordingNotifier notifier = new RecordingNotifier(MESSAGES);
        // The portal's verdict is the subject here, not its speed: the fault rig's 0.4 s deadline would turn a GC
        // pause on a busy machine into a NO_ANSWER popup, so this client waits as long as the other contract tests.
        BadgeService service = new BadgeService(Portals.webhookClient(portal), Duration.ZERO);
        BadgeEditorViewModel form = form(service, notifier);
        form.codeProperty().set(code);
        form.sameForAllLanguagesProperty().set(true);
        form.plainTitleProperty().set(title);
        form.plainValueProperty().set(value);
        int sent = portal.requests("crm.activity.badge.add").size();
        boolean existed = portal.badge(form.toBadge().code()).isPresent();
        form.save();
        if (!form.validProperty().get()) {
            assertThat(portal.requests("crm.activity.badge.add")).as("nothing invalid is sent").hasSize(sent);
        } else if (!existed) {
            tried("form → portal sent");
            assertThat(notifier.errors).as("the portal accepted %s", form.toBadge()).isEmpty();
            assertThat(portal.badge(form.toBadge().code())).isPresent();
        }
    }

    // ---- the id box (Activities tab) ------------------------------------------------------------------------

    @Test
    void theIdBoxReadsAnyPasteIntoDistinctPositiveIdsWithinItsLimits() {
        InputGenerator in = new InputGenerator(0x5EED_0005L);
        for (int i = 1; i <= 3000; i++) {
            String text = in.idText();
            in.check(i, () -> theIdBoxReadsAnyPasteIntoDistinctPositiveIdsWithinItsLimits(text), "text", text);
        }
        passed("id box");
    }

    private void theIdBoxReadsAnyPasteIntoDistinctPositiveIdsWithinItsLimits(String text) {
        tried("id box");
        IdSelection read = IdParser.parse(text);
        assertThat(read.ids()).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(read.ids().size()).isLessThanOrEqualTo(IdParser.MAX_IDS);
        assertThat(read.problemCount()).isGreaterThanOrEqualTo(read.problems().size());
        assertThat(read.limit()).isNotNull();
    }

    @AfterAll
    static void writeRows() {
        row("portal answers", "Portal answers, generated cases: any HTTP status, any body (random text, JSON "
                + "fragments, valid envelopes truncated or mutated, 5000-deep nesting), any Location; "
                + "ResponseParser.parse then Badge.fromJson",
                "only BitrixException (code + advice) or the app's own badge check");
        row("webhook URL", "Webhook URL field, generated cases: any text, URL-shaped text from schemes × hosts × "
                + "path pieces, and valid webhook URLs with 1-3 parts broken",
                "only InvalidWebhookUrlException with a message; of the " + count("webhook URL accepted")
                        + " accepted, each https or http to loopback, the code never in the masked form");
        row("badge form", "Badge form, generated cases: any code, titles and values (control characters, 4000+ "
                + "characters, Cyrillic, emoji, lone surrogates, HTML) in both modes",
                "inline messages; " + count("badge form valid") + " valid forms, each with a code of 1-30 "
                        + "[A-Za-z0-9_-], non-blank texts, no control characters");
        row("form → portal", "Badge form → portal, generated cases: what the form lets through is sent to the "
                + "sandbox", "nothing invalid is sent; the " + count("form → portal sent")
                        + " valid new badges sent were all accepted");
        row("id box", "Activity id box, generated cases: any paste of numbers, ranges, dashes, separators, junk, "
                + "over-long pastes", "distinct positive ids within the limits, problems listed per line");
    }

    /** A report row for a property only when all its cases passed, with the number of cases run. */
    private static void row(String property, String tried, String userSaw) {
        if (PASSED.contains(property)) {
            ROWS.add("Bad input", tried, count(property), userSaw, "", 0);
        }
    }

    private static long count(String property) {
        AtomicLong n = TRIES.get(property);
        return n == null ? 0 : n.get();
    }
}
