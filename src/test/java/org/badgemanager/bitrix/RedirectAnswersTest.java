package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/** Every 3xx answer means the portal moved, whatever its body; the message names where to, when it can. */
class RedirectAnswersTest {
    private static final String METHOD = "crm.activity.badge.list";

    @Test
    void status300WithAResultInItsBodyIsStillAMove() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            portal.faults().answerNext(METHOD, 300, "application/json", "{\"result\":{\"badges\":[]}}");

            BitrixException e = catchThrowableOfType(BitrixException.class,
                    () -> Portals.webhookClient(portal).call(METHOD));

            assertThat(e.code()).isEqualTo(BitrixException.PORTAL_MOVED);
            assertThat(e.httpStatus()).isEqualTo(300);
            assertThat(e.description()).contains("another address");
        }
    }

    @Test
    void aLocationThatIsNotAnAddressIsNotQuoted() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            portal.faults().redirectNext(METHOD, "https://new portal.example.com/rest/");

            BitrixException e = catchThrowableOfType(BitrixException.class,
                    () -> Portals.webhookClient(portal).call(METHOD));

            assertThat(e.code()).isEqualTo(BitrixException.PORTAL_MOVED);
            assertThat(e.description()).startsWith("The portal redirects to another address.");
        }
    }

    @Test
    void aLocationWithAHostIsNamed() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            portal.faults().redirectNext(METHOD, "https://renamed.bitrix24.com/rest/1/code/");

            BitrixException e = catchThrowableOfType(BitrixException.class,
                    () -> Portals.webhookClient(portal).call(METHOD));

            assertThat(e.description()).startsWith("The portal redirects to renamed.bitrix24.com.");
        }
    }
}
