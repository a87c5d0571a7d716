package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault a portal or the way to it can produce, against the badge table (a read) and the add form (a
 * write), through the real view models and a sandbox portal on loopback. For each: what the user is told
 * (the code and its advice), that the app keeps working afterwards, and that nothing is lost or doubled.
 */
class PortalFaultsTest {
    private static final String LIST = "crm.activity.badge.list";
    private static final String ADD = "crm.activity.badge.add";
    private static final ReliabilityRows ROWS = ReliabilityRows.of(PortalFaultsTest.class);
    private SandboxPortal portal;
    private TrapServer trap;

    /** A fault, aimed at one method; {@code null} codes mean the user should see no error at all. */
    record Fault(String area, String name, boolean oauth, BiConsumer<PortalFaultsTest, String> inject,
                 String readCode, String writeCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Fault fault(String area, String name, BiConsumer<PortalFaultsTest, String> inject,
                               String readCode, String writeCode) {
        return new Fault(area, name, false, inject, readCode, writeCode);
    }

    private static BiConsumer<PortalFaultsTest, String> times(int n, BiConsumer<PortalFaultsTest, String> one) {
        return (t, method) -> {
            for (int i = 0; i < n; i++) {
                one.accept(t, method);
            }
        };
    }

    private static final String HTML_502 = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    private static final String HTML_504 = "<html><head><title>504 Gateway Time-out</title></head>"
            + "<body><h1>504 Gateway Time-out</h1></body></html>";
    static final String PORTAL_ANSWERS = "Portal answers";
    static final String NETWORK = "Network";

    static Stream<Arguments> faults() {
        return Stream.of(
                fault(PORTAL_ANSWERS, "503 QUERY_LIMIT_EXCEEDED once", (t, m) -> t.portal.faults()
                        .failNext(m, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests"), null, null),
                fault(PORTAL_ANSWERS, "503 QUERY_LIMIT_EXCEEDED storm (every answer)", (t, m) -> t.portal.faults()
                        .failAlways(m, 503, "QUERY_LIMIT_EXCEEDED", "Too many requests"),
                        "QUERY_LIMIT_EXCEEDED", "QUERY_LIMIT_EXCEEDED"),
                fault(PORTAL_ANSWERS, "429 OPERATION_TIME_LIMIT, method free again in 10 min", (t, m) -> t.portal.faults()
                        .failAlways(m, 429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit."),
                        "OPERATION_TIME_LIMIT", "OPERATION_TIME_LIMIT"),
                fault(PORTAL_ANSWERS, "500 INTERNAL_SERVER_ERROR", (t, m) -> t.portal.faults()
                        .failNext(m, 500, "INTERNAL_SERVER_ERROR", "Internal server error"),
                        "INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR"),
                fault(PORTAL_ANSWERS, "410 PORTAL_DELETED", (t, m) -> t.portal.faults()
                        .failNext(m, 410, "PORTAL_DELETED", "Portal was deleted"), "PORTAL_DELETED", "PORTAL_DELETED"),
                fault(PORTAL_ANSWERS, "403 ACCESS_DENIED", (t, m) -> t.portal.faults()
                        .failNext(m, 403, "ACCESS_DENIED", "Access denied!"), "ACCESS_DENIED", "ACCESS_DENIED"),
                fault(PORTAL_ANSWERS, "401 insufficient_scope", (t, m) -> t.portal.faults()
                        .failNext(m, 401, "insufficient_scope", "The request requires higher privileges than provided by the webhook token"),
                        "insufficient_scope", "insufficient_scope"),
                fault(PORTAL_ANSWERS, "HTML 502 page from a proxy, once", (t, m) -> t.portal.faults()
                        .answerNext(m, 502, "text/html", HTML_502), null, "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "HTML 502 page from a proxy, every answer", times(4, (t, m) -> t.portal.faults()
                        .answerNext(m, 502, "text/html", HTML_502)), "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "HTML 504 page from a proxy, every answer", times(4, (t, m) -> t.portal.faults()
                        .answerNext(m, 504, "text/html", HTML_504)), "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "Truncated JSON body (HTTP 200)", (t, m) -> t.portal.faults()
                        .answerNext(m, 200, "application/json", "{\"result\":{\"badges\":[{\"code\":\"missedCall\",\"ti"),
                        "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "Malformed JSON body (HTTP 200)", (t, m) -> t.portal.faults()
                        .answerNext(m, 200, "application/json", "{result: nope, 'time': }"),
                        "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "Empty body (HTTP 200)", (t, m) -> t.portal.faults()
                        .answerNext(m, 200, "application/json", ""), "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(PORTAL_ANSWERS, "JSON without result or error (HTTP 200)", (t, m) -> t.portal.faults()
                        .answerNext(m, 200, "application/json", "{\"time\":{\"start\":1}}"),
                        "UNEXPECTED_RESPONSE", "UNEXPECTED_RESPONSE"),
                fault(NETWORK, "302 redirect to another host (portal renamed)", (t, m) -> t.portal.faults()
                        .redirectNext(m, t.trap.url("/rest/1/" + t.portal.webhookCode() + "/" + m)),
                        "PORTAL_MOVED", "PORTAL_MOVED"),
                fault(NETWORK, "Connection reset mid-answer, once (the call ran)", (t, m) -> t.portal.faults()
                        .cutAfterNext(m), null, null),
                fault(NETWORK, "Connection reset mid-answer, every answer (the call ran)",
                        times(4, (t, m) -> t.portal.faults().cutAfterNext(m)), "NO_ANSWER", null),
                fault(NETWORK, "Connection closed before the call ran, every time",
                        times(4, (t, m) -> t.portal.faults().dropNext(m)), "NO_ANSWER", "NO_ANSWER"),
                fault(NETWORK, "Answer lost after the call ran", (t, m) -> t.portal.faults().dropAfterNext(m), null, null),
                fault(NETWORK, "Read timeout: answers take 0.45 s, the client waits 0.4 s",
                        (t, m) -> t.portal.faults().latency(Duration.ofMillis(450)), "NO_ANSWER", "NO_ANSWER"),
                new Fault(PORTAL_ANSWERS, "401 expired_token: renewed once, call repeated", true,
                        (t, m) -> t.portal.expireAccessToken(), null, null),
                new Fault(PORTAL_ANSWERS, "401 expired_token and the refresh fails with invalid_grant", true,
                        (t, m) -> {
                            t.portal.expireAccessToken();
                            t.portal.revokeRefreshToken();
                        }, "invalid_grant", "invalid_grant")
        ).map(Arguments::of);
    }

    @AfterEach
    void stop() {
        if (trap != null) {
            trap.close();
        }
        portal.close();
    }

    private BitrixClient client(boolean oauth) {
        return oauth ? FaultRig.oauth(portal) : FaultRig.webhook(portal.webhookUrl());
    }

    private Map<String, SandboxBadge> portalBadges() {
        return portal.badges().stream().collect(Collectors.toMap(SandboxBadge::code, b -> b,
                (a, b) -> { throw new AssertionError("two badges with code " + a); }, TreeMap::new));
    }

    private long copiesOf(String code) {
        return portal.badges().stream().filter(b -> b.code().equals(code)).count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Timeout(20)
    void theUserIsToldTheAppKeepsWorkingAndNothingIsLost(Fault fault) {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        trap = new TrapServer();
        FaultRig rig = new FaultRig().connect(client(fault.oauth()));
        Map<String, SandboxBadge> before = portalBadges();
        assertThat(rig.tableCodes()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(rig.notifier.errors).isEmpty();

        // a read: refresh the table under the fault
        fault.inject().accept(this, LIST);
        long started = System.nanoTime();
        rig.table.refresh();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the user waits").isLessThan(Duration.ofSeconds(8));
        String readAdvice = expectTold(rig, fault.readCode(), 0);
        assertThat(rig.tableCodes()).as("a failed refresh keeps the rows").containsExactlyInAnyOrderElementsOf(before.keySet());
        recover(rig, fault);
        rig.table.refresh();
        assertThat(rig.notifier.errors).hasSize(fault.readCode() == null ? 0 : 1);
        assertThat(rig.tableCodes()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(portalBadges()).as("a read changes nothing").isEqualTo(before);

        // a write: add a badge under the same fault (after one add and delete, as any session that hits a
        // method's time limit has used it before, so the client knows its operating_reset_at)
        Badge warmUp = new Badge("warmUp", LocalizedText.of("W"), LocalizedText.of("W"), BadgeType.PRIMARY);
        rig.service.add(warmUp);
        rig.service.delete(warmUp.code());
        Badge fresh = new Badge("faultProbe", LocalizedText.of("Probe"), LocalizedText.of("P"), BadgeType.SUCCESS);
        BadgeEditorViewModel form = rig.addForm(fresh);
        int errorsBefore = rig.notifier.errors.size();
        fault.inject().accept(this, ADD);
        form.save();
        String writeAdvice = expectTold(rig, fault.writeCode(), errorsBefore);
        assertThat(copiesOf("faultProbe")).as("never doubled").isLessThanOrEqualTo(1);
        if (fault.writeCode() == null) {
            assertThat(copiesOf("faultProbe")).as("told it was added, and it was").isEqualTo(1);
            assertThat(rig.notifier.infos).contains("Badge “faultProbe” added.");
        } else {
            assertThat(form.toBadge()).as("the form keeps what the user typed").isEqualTo(fresh);
            assertThat(form.validProperty().get()).isTrue();
        }
        recover(rig, fault);
        rig.table.refresh();
        if (copiesOf("faultProbe") == 0) {
            BadgeEditorViewModel again = fault.oauth() ? rig.addForm(form.toBadge()) : form;
            again.save();
        }
        assertThat(copiesOf("faultProbe")).isEqualTo(1);
        rig.table.refresh();
        assertThat(rig.tableCodes()).contains("faultProbe");
        Map<String, SandboxBadge> after = portalBadges();
        after.remove("faultProbe");
        assertThat(after).as("no other badge touched").isEqualTo(before);
        assertThat(trap.received).as("nothing ever reached another host").isEmpty();

        ROWS.add(fault.area(), fault.name(), 2, shown(fault.readCode(), "table refresh", "no popup, rows loaded")
                + "; " + shown(fault.writeCode(), "add", "no popup, added exactly once"),
                readAdvice.isEmpty() ? writeAdvice : readAdvice, 0);
    }

    private static String shown(String code, String what, String survived) {
        return what + ": " + (code == null ? survived : "`" + code + "`");
    }

    /** Checks the popup: exactly one new error with this code and the bundle's advice for it (or none). */
    private String expectTold(FaultRig rig, String code, int errorsBefore) {
        if (code == null) {
            assertThat(rig.notifier.errors).as("no popup").hasSize(errorsBefore);
            return "";
        }
        assertThat(rig.notifier.errors).hasSize(errorsBefore + 1);
        ErrorMessage told = rig.lastError();
        assertThat(told.code()).isEqualTo(code);
        assertThat(told.advice()).isEqualTo(rig.specificAdvice(code));
        assertThat(told.description()).isNotBlank();
        return told.advice();
    }

    /** The fault goes away; after a failed OAuth refresh the admin authorizes the app again and reconnects. */
    private void recover(FaultRig rig, Fault fault) {
        portal.faults().clear();
        if ("invalid_grant".equals(fault.readCode())) {
            portal.reauthorize();
            rig.connect(client(true));
        }
    }

    @Test
    @Timeout(20)
    void anOperatingLimitThatEndsInASecondIsWaitedOutWithoutAPopup() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        FaultRig rig = new FaultRig().connect(FaultRig.webhook(portal.webhookUrl()));
        long resetAt = Instant.now().getEpochSecond() + 1;
        portal.faults().answerNext(LIST, 200, "application/json",
                "{\"result\":{\"badges\":[]},\"time\":{\"operating\":479.5,\"operating_reset_at\":" + resetAt + "}}");
        rig.table.refresh();
        portal.faults().failNext(LIST, 429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
        long started = System.nanoTime();
        rig.table.refresh();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(rig.notifier.errors).isEmpty();
        assertThat(rig.tableCodes()).hasSize(portal.badges().size());
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(resetAt);
        assertThat(waited).isLessThan(Duration.ofSeconds(5));
        assertThat(portal.requests(LIST)).hasSize(4);
        ROWS.add(PORTAL_ANSWERS, "429 OPERATION_TIME_LIMIT, method free again in 1 s (operating_reset_at)", 1,
                "no popup: waited until operating_reset_at + 1 s, then the call went through", "", 0);
    }
}
