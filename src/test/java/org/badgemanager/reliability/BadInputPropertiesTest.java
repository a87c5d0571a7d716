package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
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
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.badgemanager.ui.editor.LanguageTexts;

/**
 * Thousands of generated inputs on every parser and form that takes text from outside: portal answers, the
 * webhook URL, the badge form, the id box. Nothing may escape but the app's own validation result or a
 * {@link BitrixException}; each property fails on any other exception.
 */
class BadInputPropertiesTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BadInputPropertiesTest.class);
    private static final Map<String, AtomicLong> TRIES = new ConcurrentHashMap<>();
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
    private SandboxPortal portal;

    private static void tried(String property) {
        TRIES.computeIfAbsent(property, k -> new AtomicLong()).incrementAndGet();
    }

    // ---- portal answers -------------------------------------------------------------------------------------

    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ":", ",", "\"result\"", "\"error\"",
            "\"error_description\"", "\"time\"", "\"total\"", "\"next\"", "\"badges\"", "\"badge\"", "\"code\"",
            "\"operating_reset_at\"", "null", "true", "0", "-1", "1e999", "12345678901234567890", "\"\"", "\"x\"",
            "\"\\u0000\"", "\"QUERY_LIMIT_EXCEEDED\"", "\"expired_token\"", "<html>", "\"\\ud800\"", " ", "\n");
    private static final List<String> VALID_ANSWERS = List.of(
            "{\"result\":{\"badges\":[{\"code\":\"missedCall\",\"title\":{\"en\":\"Missed call\"},\"value\":\"M\","
                    + "\"type\":\"failure\"}]},\"total\":1,\"time\":{\"start\":1.5,\"operating_reset_at\":1705765600}}",
            "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}",
            "{\"error\":\"\",\"error_description\":\"Activity is not found\"}",
            "{\"result\":[{\"ID\":\"1\"}],\"next\":50,\"total\":51,\"time\":{\"operating_reset_at\":\"2026-01-01\"}}");

    @Provide
    Arbitrary<String> answerBodies() {
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> jsonish = Arbitraries.of(JSON_PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> truncated = Arbitraries.of(VALID_ANSWERS).flatMap(s ->
                Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 5000).map(n -> "[".repeat(n) + "]".repeat(n / 2));
        Arbitrary<String> shapes = Combinators.combine(Arbitraries.of("result", "error", "error_description", "time",
                "total", "next"), Arbitraries.of("null", "1", "\"s\"", "[]", "{}", "{\"badges\":5}", "[null]",
                "{\"operating_reset_at\":[1]}", "-0.5", "\"\"")).as((k, v) -> "{\"" + k + "\":" + v + "}")
                .list().ofMaxSize(4).map(l -> String.join("", l).replace("}{", ","));
        return Arbitraries.oneOf(anything, jsonish, truncated, deep, shapes, Arbitraries.of(VALID_ANSWERS));
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.oneOf(Arbitraries.of(200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 410, 429, 500, 502,
                503, 504), Arbitraries.integers().between(-1, 1000));
    }

    @Provide
    Arbitrary<String> locations() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("https://new.bitrix24.com/rest/1/x/", "http://[::1", "//evil", "https://", " "));
    }

    @Property(tries = 3000)
    void anAnswerIsAResponseOrABitrixException(@ForAll("statuses") int status, @ForAll("answerBodies") String body,
                                              @ForAll("locations") String location) {
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

    @Provide
    Arbitrary<String> webhookUrls() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "HTTPS://", "hTTp://", "ftp://", "", "//",
                "javascript:", "https:/", "file:///");
        Arbitrary<String> host = Arbitraries.of("portal.bitrix24.com", "127.0.0.1", "localhost", "[::1]", "127.1",
                "127.0.0.256", "10.0.0.1", "user:pw@portal.bitrix24.com", "evil.com@127.0.0.1", "", "пример.рф",
                "portal.bitrix24.com:443", "127.0.0.1:8080", "0x7f.0.0.1", "::1", "localhost.", "LOCALHOST");
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("rest", "1", "0", "-1", "01", "999999999999",
                "abcd1234efgh", "ab", "", "..", "%2F", "?auth=x", "#frag", " ", "crm.activity.list", "\u0000"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> path = piece.list().ofMaxSize(6).map(l -> "/" + String.join("/", l));
        Arbitrary<String> shaped = Combinators.combine(scheme, host, path, Arbitraries.of("", "/", "//", " "))
                .as((s, h, p, end) -> s + h + p + end);
        return Arbitraries.oneOf(shaped, Arbitraries.strings().ofMaxLength(120), Arbitraries.just(null));
    }

    @Property(tries = 3000)
    void aWebhookUrlIsAcceptedOnlyWithHttpsOrOnLoopbackAndItsCodeIsNeverShown(@ForAll("webhookUrls") String text) {
        tried("webhook URL");
        WebhookConnection hook;
        try {
            hook = WebhookConnection.parse(text);
        } catch (InvalidWebhookUrlException e) {
            assertThat(e.problem()).isNotNull();
            assertThat(MESSAGES.has("webhook.problem." + e.problem())).isTrue();
            return;
        }
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

    @Provide
    Arbitrary<String> formTexts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(34),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5),
                Arbitraries.strings().ofMinLength(3990).ofMaxLength(4100),
                Arbitraries.of("", " ", "\t", "<b>&'\"/", "\ud83d\ude00", "\u200b", "\ud800"));
    }

    private BadgeEditorViewModel form(BadgeService service, RecordingNotifier notifier) {
        return new BadgeEditorViewModel(service, new SyncTaskRunner(), notifier, MESSAGES, (o, b) -> { });
    }

    @Property(tries = 2000)
    void theBadgeFormTakesAnyTextAndLetsThroughOnlyWhatThePortalsRulesAllow(
            @ForAll("formTexts") String code, @ForAll("formTexts") String title, @ForAll("formTexts") String value,
            @ForAll("formTexts") String ruTitle, @ForAll boolean sameForAll) {
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
            assertThat(badge.code()).matches("[A-Za-z0-9_-]{1,30}");
            assertThat(badge.title().forLanguage("en")).isNotBlank();
            assertThat((badge.title().forLanguage("en") + badge.value().forLanguage("ru")).chars()
                    .noneMatch(Character::isISOControl)).isTrue();
        }
    }

    @BeforeProperty
    void startPortalForSends() {
        portal = null;
    }

    @AfterProperty
    void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Property(tries = 150)
    void whatTheFormLetsThroughThePortalAccepts(@ForAll("formTexts") String code, @ForAll("formTexts") String title,
                                                @ForAll("formTexts") String value) {
        if (portal == null) {
            portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().demoData(false));
        }
        tried("form → portal");
        RecordingNotifier notifier = new RecordingNotifier(MESSAGES);
        BadgeService service = new BadgeService(FaultRig.webhook(portal.webhookUrl()), Duration.ZERO);
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
            assertThat(notifier.errors).as("the portal accepted %s", form.toBadge()).isEmpty();
            assertThat(portal.badge(form.toBadge().code())).isPresent();
        }
    }

    // ---- the id box (Activities tab) ------------------------------------------------------------------------

    @Provide
    Arbitrary<String> idTexts() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.longs().between(-5, 99_999_999).map(String::valueOf),
                Arbitraries.of("-", "–", "..", ",", ";", " ", "\n", "\r\n", "\"", "'", "|", "0", "00", "1-", "-1",
                        "99999999999999999999", "1e5", "٣", "１２", "\t", "abc"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> ranges = Combinators.combine(Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.longs().between(0, 2_000_000), Arbitraries.of("-", " - ", "–", "..", "—"))
                .as((a, b, dash) -> a + dash + b);
        return Arbitraries.oneOf(Arbitraries.oneOf(token, ranges).list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(500));
    }

    @Property(tries = 2000)
    void theIdBoxReadsAnyPasteIntoDistinctPositiveIdsWithinItsLimits(@ForAll("idTexts") String text) {
        tried("id box");
        IdSelection read = IdParser.parse(text);
        assertThat(read.ids()).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(read.ids().size()).isLessThanOrEqualTo(IdParser.MAX_IDS);
        assertThat(read.problemCount()).isGreaterThanOrEqualTo(read.problems().size());
        assertThat(read.limit()).isNotNull();
    }

    @AfterContainer
    static void writeRows() {
        if (TRIES.isEmpty()) {
            return;
        }
        ROWS.add("Bad input", "Portal answers: any HTTP status, any body (random text, JSON fragments, truncated "
                + "answers, 5000-deep nesting), any Location; ResponseParser.parse then Badge.fromJson",
                count("portal answers"), "only BitrixException (code + advice) or the app's own badge check", "", 0);
        ROWS.add("Bad input", "Webhook URL field: any text, and URL-shaped text from schemes × hosts × path pieces",
                count("webhook URL"), "only InvalidWebhookUrlException with a message; accepted only https or "
                        + "http to loopback; the code never in the masked form", "", 0);
        ROWS.add("Bad input", "Badge form: any code, titles and values (control characters, 4000+ characters, "
                + "lone surrogates, HTML) in both modes", count("badge form"),
                "inline messages; the form is valid exactly when BadgeValidator finds nothing", "", 0);
        ROWS.add("Bad input", "Badge form → portal: what the form lets through is sent to the sandbox",
                count("form → portal"), "nothing invalid is sent; everything valid is accepted", "", 0);
        ROWS.add("Bad input", "Activity id box: any paste of numbers, ranges, dashes, separators, junk",
                count("id box"), "distinct positive ids within the limits, problems listed per line", "", 0);
    }

    private static long count(String property) {
        AtomicLong n = TRIES.get(property);
        return n == null ? 0 : n.get();
    }
}
