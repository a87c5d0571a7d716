package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BadgeService against the sandbox portal over real HTTP: every method and every documented error code. */
class BadgeServiceContractTest {
    private SandboxPortal portal;
    private BitrixClient client;
    private BadgeService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        client = Portals.webhookClient(portal);
        service = new BadgeService(client, Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static Badge twoLanguageBadge(String code) {
        return new Badge(code, LocalizedText.of(Map.of("en", "Missed call", "ru", "Пропущенный звонок")),
                LocalizedText.of(Map.of("en", "Missed", "ru", "Пропущен")), BadgeType.FAILURE);
    }

    @Test
    void listsTheSeededBadgesWithTheirShapes() {
        var badges = service.list();
        assertThat(badges).extracting(Badge::code).contains("missedCall");
        Badge missed = badges.stream().filter(b -> b.code().equals("missedCall")).findFirst().orElseThrow();
        assertThat(missed.title()).isEqualTo(LocalizedText.of("Call Status"));
        assertThat(badges).anyMatch(b -> b.title() instanceof LocalizedText.PerLanguage);
    }

    @Test
    void addKeepsALanguageMapAMapAndAStringAString() {
        service.add(twoLanguageBadge("twoLang"));
        service.add(new Badge("plainOne", LocalizedText.of("Status"), LocalizedText.of("New"), BadgeType.PRIMARY));

        assertThat(portal.badge("twoLang").orElseThrow().title())
                .isEqualTo(Json.parse("{\"en\":\"Missed call\",\"ru\":\"Пропущенный звонок\"}"));
        assertThat(portal.badge("plainOne").orElseThrow().title().isTextual()).isTrue();
        assertThat(service.get("twoLang")).isEqualTo(twoLanguageBadge("twoLang"));
        assertThat(service.get("plainOne").value()).isEqualTo(LocalizedText.of("New"));
    }

    @Test
    void deleteRemovesTheBadge() {
        service.add(twoLanguageBadge("toDelete"));
        service.delete("toDelete");
        assertThat(portal.badge("toDelete")).isEmpty();
    }

    @Test
    void duplicateCodeIsBxInvalidValue() {
        service.add(twoLanguageBadge("dup"));
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.add(twoLanguageBadge("dup")));
        assertThat(e.code()).isEqualTo("BX_INVALID_VALUE");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.method()).isEqualTo("crm.activity.badge.add");
    }

    @Test
    void wrongTypeIsWrongTypeValue() {
        var params = twoLanguageBadge("purple").toJson().put("type", "purple");
        BitrixException e = catchThrowableOfType(BitrixException.class,
                () -> client.call("crm.activity.badge.add", params));
        assertThat(e.code()).isEqualTo("WRONG_TYPE_VALUE");
    }

    @Test
    void emptyTitleIsRequiredArgMissingAndAMissingOneIs100() {
        BitrixException empty = catchThrowableOfType(BitrixException.class, () -> service.add(
                new Badge("emptyTitle", LocalizedText.of(""), LocalizedText.of("x"), BadgeType.PRIMARY)));
        assertThat(empty.code()).isEqualTo("REQUIRED_ARG_MISSING");
        var params = twoLanguageBadge("noTitle").toJson();
        params.remove("title");
        BitrixException missing = catchThrowableOfType(BitrixException.class,
                () -> client.call("crm.activity.badge.add", params));
        assertThat(missing.code()).isEqualTo("100");
    }

    @Test
    void tooLongCodeAndUnknownLanguageComeBackWithCodeZero() {
        BitrixException tooLong = catchThrowableOfType(BitrixException.class,
                () -> service.add(twoLanguageBadge("c".repeat(31))));
        assertThat(tooLong.code()).isEqualTo("0");
        assertThat(tooLong.description()).contains("30 characters");
        BitrixException unknown = catchThrowableOfType(BitrixException.class, () -> service.add(new Badge("xx",
                LocalizedText.of(Map.of("xx", "Hello")), LocalizedText.of("v"), BadgeType.PRIMARY)));
        assertThat(unknown.code()).isEqualTo("0");
        assertThat(unknown.description()).contains("xx");
    }

    @Test
    void unknownCodeIsNotFoundForGetAndDelete() {
        assertThat(catchThrowableOfType(BitrixException.class, () -> service.get("nope")).code()).isEqualTo("NOT_FOUND");
        assertThat(catchThrowableOfType(BitrixException.class, () -> service.delete("nope")).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aBadgeOnActivitiesIsEntityWithBadgeExists() {
        service.add(twoLanguageBadge("inUse"));
        long activity = portal.addActivities(1, 2, 10).get(0);
        portal.bindBadge(activity, "inUse");
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.delete("inUse"));
        assertThat(e.code()).isEqualTo("ENTITY_WITH_BADGE_EXISTS");
        assertThat(portal.badge("inUse")).isPresent();
    }

    @Test
    void aUserWhoIsNotCrmAdminGetsAccessDenied() {
        BadgeService asManager = new BadgeService(new BitrixClient(
                WebhookConnection.parse(portal.webhookUrlForUser(7)), Portals.fastOptions()));
        assertThat(asManager.list()).isNotEmpty();
        assertThat(catchThrowableOfType(BitrixException.class, () -> asManager.add(twoLanguageBadge("mgr"))).code())
                .isEqualTo("ACCESS_DENIED");
        assertThat(catchThrowableOfType(BitrixException.class, () -> asManager.delete("missedCall")).code())
                .isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aWrongWebhookCodeIsAnAuthErrorAndNothingElseHappens() {
        String wrong = portal.webhookUrl().replace(portal.webhookCode(), "wrongcode1234567");
        BadgeService intruder = new BadgeService(new BitrixClient(WebhookConnection.parse(wrong), Portals.fastOptions()));
        BitrixException e = catchThrowableOfType(BitrixException.class, intruder::list);
        assertThat(e.code()).isEqualTo("NO_AUTH_FOUND");
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.getMessage()).doesNotContain("wrongcode1234567");
    }

    @Test
    void aLostAnswerToAnAddIsCheckedWithGetNotRepeated() {
        portal.faults().dropAfterNext("crm.activity.badge.add");
        Badge added = service.add(twoLanguageBadge("lostAnswer"));
        assertThat(added.code()).isEqualTo("lostAnswer");
        assertThat(portal.requests("crm.activity.badge.add")).hasSize(1);
        assertThat(portal.requests("crm.activity.badge.get")).hasSize(1);
    }

    @Test
    void anAddThatNeverLandedIsReportedAndNotRepeated() {
        portal.faults().dropNext("crm.activity.badge.add");
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.add(twoLanguageBadge("neverLanded")));
        assertThat(e.code()).isEqualTo(BitrixException.NO_ANSWER);
        assertThat(portal.badge("neverLanded")).isEmpty();
        assertThat(portal.requests("crm.activity.badge.add")).hasSize(1);
    }

    @Test
    void anAddRefusedByTheRateLimitIsRepeatedBecauseThePortalNeverRanIt() {
        portal.faults().failNext("crm.activity.badge.add", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        service.add(twoLanguageBadge("afterLimit"));
        assertThat(portal.requests("crm.activity.badge.add")).hasSize(2);
        assertThat(portal.badges()).filteredOn(b -> b.code().equals("afterLimit")).hasSize(1);
    }

    @Test
    void clientOptionsDefaultToThePortalsLimits() {
        assertThat(ClientOptions.defaults().requestsPerSecond()).isEqualTo(2.0);
        assertThat(ClientOptions.defaults().burst()).isEqualTo(50);
        assertThat(ClientOptions.enterprise().burst()).isEqualTo(250);
    }
}
