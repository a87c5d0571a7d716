package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client remembers, per method, when the portal said its operating-time window frees up, and uses that
 * when the method is later blocked: a block that ends soon is waited out, one it knows nothing about is not.
 */
class OperatingLimitFromAnswersTest {
    private static final String METHOD = "crm.activity.badge.list";
    private SandboxPortal portal;
    private BitrixClient client;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        // the fallback wait for an unknown reset is 10 s: more than this client accepts
        client = Portals.webhookClient(portal, Portals.fastOptions().withMaxOperatingWait(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private void answerWithResetAt(String method, long resetAt) {
        portal.faults().answerNext(method, 200, "application/json",
                "{\"result\":{\"badges\":[]},\"time\":{\"operating\":400,\"operating_reset_at\":" + resetAt + "}}");
    }

    private void blockNext(String method) {
        portal.faults().failNext(method, 503, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
    }

    @Test
    void aBlockWhoseEndTheLastAnswerAnnouncedIsWaitedOut() {
        answerWithResetAt(METHOD, Instant.now().getEpochSecond());
        client.call(METHOD);
        blockNext(METHOD);

        BitrixResponse response = client.call(METHOD);

        assertThat(response.result()).isNotNull();
        assertThat(portal.requests(METHOD)).hasSize(3);
    }

    @Test
    void aBlockOfAMethodWithoutAnnouncedEndIsReportedAtOnce() {
        answerWithResetAt(METHOD, Instant.now().getEpochSecond());
        client.call(METHOD);
        String other = "crm.activity.badge.get";
        blockNext(other);

        BitrixException e = catchThrowableOfType(BitrixException.class,
                () -> client.call(other, Json.object().put("code", "missedCall")));

        assertThat(e.code()).isEqualTo("OPERATION_TIME_LIMIT");
        assertThat(portal.requests(other)).hasSize(1);
    }
}
