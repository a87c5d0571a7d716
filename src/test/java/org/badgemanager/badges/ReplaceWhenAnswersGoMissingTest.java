package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.sandbox.SandboxBadge;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An edit (delete, then add) when the portal's answers go missing or fail at each step: the portal must end with
 * exactly one version, the one the result names, and the service asks only the questions it needs.
 */
class ReplaceWhenAnswersGoMissingTest {
    private static final String ADD = "crm.activity.badge.add";
    private static final String GET = "crm.activity.badge.get";
    private static final String DELETE = "crm.activity.badge.delete";
    private SandboxPortal portal;
    private BadgeService service;
    private final Badge old = new Badge("oldCode", LocalizedText.of(Map.of("en", "Old")), LocalizedText.of("OLD"),
            BadgeType.WARNING);
    private final Badge renamed = new Badge("newCode", LocalizedText.of(Map.of("en", "New")), LocalizedText.of("NEW"),
            BadgeType.SUCCESS);
    private final Badge sameCode = renamed.withCode("oldCode");

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(10));
        service.add(old);
        portal.clearRequests();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private List<String> codesOnPortal() {
        return portal.badges().stream().map(SandboxBadge::code).filter(c -> c.endsWith("Code")).sorted().toList();
    }

    @Test
    void addHandsBackTheBadgeAsThePortalStoredIt() {
        assertThat(service.add(renamed)).isEqualTo(renamed);
    }

    @Test
    void aConfirmedDeleteIsNotSentAgainAfterTheAdd() {
        ReplaceResult result = service.replace(old, renamed);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(result.current()).isEqualTo(renamed);
        assertThat(portal.requests(DELETE)).hasSize(1);
        assertThat(codesOnPortal()).containsExactly("newCode");
    }

    @Test
    void aDeleteRefusedOutrightStopsTheEditWithoutAskingThePortalAnything() {
        portal.faults().failNext(DELETE, 403, "ACCESS_DENIED", "Access denied");

        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.replace(old, renamed));

        assertThat(e.code()).isEqualTo("ACCESS_DENIED");
        assertThat(portal.requests(GET)).isEmpty();
        assertThat(portal.requests(ADD)).isEmpty();
        assertThat(codesOnPortal()).containsExactly("oldCode");
    }

    @Test
    void aDeleteWhoseAnswerWasLostButThatRanGoesOnWithTheAdd() {
        portal.faults().dropAfterNext(DELETE);

        ReplaceResult result = service.replace(old, renamed);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(codesOnPortal()).containsExactly("newCode");
        assertThat(portal.requests(DELETE)).as("the portal said it is gone: not deleted again").hasSize(1);
    }

    @Test
    void aDeleteThatNeverArrivedStopsTheEditWithTheOldBadgeInPlace() {
        portal.faults().dropNext(DELETE);

        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.replace(old, renamed));

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(portal.requests(ADD)).isEmpty();
        assertThat(codesOnPortal()).containsExactly("oldCode");
        assertThat(service.get("oldCode")).isEqualTo(old);
    }

    @Test
    void whenNobodyCanSayWhetherTheDeleteRanTheOldCodeIsDeletedAgainAfterTheAdd() {
        portal.faults().dropNext(DELETE);
        portal.faults().failNext(GET, 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ReplaceResult result = service.replace(old, renamed);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(codesOnPortal()).as("never both versions").containsExactly("newCode");
    }

    @Test
    void whenNobodyCanSayAndTheCodeIsTheSameTheOldBadgeIsKept() {
        // the delete never ran: the add finds the code taken, and putting the old one back finds it there
        portal.faults().dropNext(DELETE);
        portal.faults().failNext(GET, 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ReplaceResult result = service.replace(old, sameCode);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(result.current()).isEqualTo(old);
        assertThat(result.addFailure().code()).isEqualTo("BX_INVALID_VALUE");
        assertThat(service.get("oldCode")).isEqualTo(old);
    }

    @Test
    void anAddRefusedOutrightPutsTheOldOneBackWithoutLookingForTheNewOne() {
        portal.faults().failNext(ADD, 400, "WRONG_TYPE_VALUE", "Wrong value of field `type`");

        ReplaceResult result = service.replace(old, renamed);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(portal.requests(GET)).isEmpty();
        assertThat(codesOnPortal()).containsExactly("oldCode");
    }

    @Test
    void aNewCodeThatLandedAlthoughItsAnswerWasLostIsKeptAndTheOldOneNotPutBack() {
        // the add ran but its answer was lost, and the first look for it failed too
        portal.faults().dropAfterNext(ADD);
        portal.faults().failNext(GET, 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ReplaceResult result = service.replace(old, renamed);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(result.current()).isEqualTo(renamed);
        assertThat(codesOnPortal()).as("never both versions").containsExactly("newCode");
    }

    @Test
    void theSameCodeThatLandedAlthoughItsAnswerWasLostIsKept() {
        portal.faults().dropAfterNext(ADD);
        portal.faults().failNext(GET, 500, "INTERNAL_SERVER_ERROR", "Internal error");

        ReplaceResult result = service.replace(old, sameCode);

        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(result.current()).isEqualTo(sameCode);
        assertThat(service.get("oldCode")).isEqualTo(sameCode);
    }
}
