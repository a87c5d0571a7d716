package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The operating-limit wait of the app's own defaults: short, and at most once per call. */
class OperatingLimitWaitTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_705_765_000L);
    private final RetryPolicy defaults = new RetryPolicy(ClientOptions.defaults());
    private final BitrixException blocked = new BitrixException("OPERATION_TIME_LIMIT",
            "Method is blocked due to operation time limit.", 429, "crm.activity.badge.add");

    @Test
    void aBlockEndingWithinHalfAMinuteIsWaitedOutOnce() {
        assertThat(defaults.delayBefore(2, blocked, false, OptionalLong.of(NOW.getEpochSecond() + 20), NOW))
                .contains(Duration.ofSeconds(21));
        assertThat(defaults.delayBefore(3, blocked, false, OptionalLong.of(NOW.getEpochSecond() + 20), NOW))
                .as("still blocked after the wait: reported").isEmpty();
        assertThat(defaults.delayBefore(3, blocked, false, OptionalLong.empty(), NOW)).isEmpty();
    }

    @Test
    void aLongerBlockIsReportedAtOnce() {
        assertThat(defaults.delayBefore(2, blocked, true, OptionalLong.of(NOW.getEpochSecond() + 30), NOW)).isEmpty();
        assertThat(defaults.delayBefore(2, blocked, true, OptionalLong.of(NOW.getEpochSecond() + 600), NOW)).isEmpty();
    }
}
