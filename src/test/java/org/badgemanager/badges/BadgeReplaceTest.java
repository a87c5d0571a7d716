package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edit = delete + add: whatever fails, the portal ends with the old or the new badge, never neither. */
class BadgeReplaceTest {
    private SandboxPortal portal;
    private BadgeService service;
    private final Badge old = new Badge("editMe", LocalizedText.of(Map.of("en", "Old", "ru", "Старый")),
            LocalizedText.of("OLD"), BadgeType.WARNING);
    private final Badge updated = new Badge("editMe", LocalizedText.of(Map.of("en", "New", "ru", "Новый")),
            LocalizedText.of("NEW"), BadgeType.SUCCESS);

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new BadgeService(Portals.webhookClient(portal), Duration.ofMillis(10));
        service.add(old);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private long copiesOnPortal() {
        return portal.badges().stream().filter(b -> b.code().equals("editMe")).count();
    }

    @Test
    void replaceSwapsTheBadge() {
        ReplaceResult result = service.replace(old, updated);
        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(service.get("editMe")).isEqualTo(updated);
        assertThat(copiesOnPortal()).isEqualTo(1);
    }

    @Test
    void whenTheAddFailsTheOldBadgeIsBackAndBothOutcomesAreReported() {
        portal.faults().failNext("crm.activity.badge.add", 400, "WRONG_TYPE_VALUE", "Wrong value of field `type`");
        ReplaceResult result = service.replace(old, updated);
        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(result.addFailure().code()).isEqualTo("WRONG_TYPE_VALUE");
        assertThat(result.restoreFailure()).isNull();
        assertThat(service.get("editMe")).isEqualTo(old);
        assertThat(copiesOnPortal()).isEqualTo(1);
    }

    @Test
    void whenTheDeleteFailsNothingChanges() {
        portal.faults().failNext("crm.activity.badge.delete", 500, "INTERNAL_SERVER_ERROR", "Internal error");
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.replace(old, updated));
        assertThat(e.code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(service.get("editMe")).isEqualTo(old);
    }

    @Test
    void whenTheAddAnswerIsLostTheNewBadgeIsFoundWithGet() {
        portal.faults().dropAfterNext("crm.activity.badge.add");
        ReplaceResult result = service.replace(old, updated);
        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(service.get("editMe")).isEqualTo(updated);
        assertThat(copiesOnPortal()).isEqualTo(1);
    }

    @Test
    void whenTheAddNeverLandsTheOldBadgeIsRestored() {
        portal.faults().dropNext("crm.activity.badge.add");
        ReplaceResult result = service.replace(old, updated);
        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.ROLLED_BACK);
        assertThat(result.addFailure().code()).isEqualTo(BitrixException.NO_ANSWER);
        assertThat(service.get("editMe")).isEqualTo(old);
    }

    @Test
    void whenEvenTheRestoreFailsTheOldBadgeIsHandedBack() {
        portal.faults().failAlways("crm.activity.badge.add", 500, "INTERNAL_SERVER_ERROR", "Internal error");
        ReplaceResult result = service.replace(old, updated);
        assertThat(result.outcome()).isEqualTo(ReplaceResult.Outcome.RESTORE_FAILED);
        assertThat(result.current()).isEqualTo(old);
        assertThat(result.restoreFailure().code()).isEqualTo("INTERNAL_SERVER_ERROR");
        portal.faults().clear();
        service.add(result.current());
        assertThat(service.get("editMe")).isEqualTo(old);
    }

    @Test
    void aNewCodeReplacesTheOldCode() {
        Badge renamed = updated.withCode("renamed");
        assertThat(service.replace(old, renamed).outcome()).isEqualTo(ReplaceResult.Outcome.REPLACED);
        assertThat(portal.badge("editMe")).isEmpty();
        assertThat(service.get("renamed")).isEqualTo(renamed);
    }
}
