package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Defaults: 3 retries, 1.5 s base back-off growing ×1.5; here with at most 10 minutes' wait for the operating limit. */
class RetryPolicyTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_705_765_000L);
    private static final OptionalLong NO_RESET = OptionalLong.empty();

    private final RetryPolicy policy = new RetryPolicy(ClientOptions.defaults().withMaxOperatingWait(Duration.ofMinutes(10)));

    private static BitrixException error(String code, int status) {
        return new BitrixException(code, "test", status, "crm.activity.list");
    }

    private Optional<Duration> delay(int nextAttempt, BitrixException failure, boolean readOnly) {
        return policy.delayBefore(nextAttempt, failure, readOnly, NO_RESET, NOW);
    }

    @Test
    void queryLimitIsRetriedForReadsWithGrowingDelay() {
        BitrixException e = error("QUERY_LIMIT_EXCEEDED", 503);
        assertThat(delay(2, e, true)).contains(Duration.ofMillis(1500));
        assertThat(delay(3, e, true)).contains(Duration.ofMillis(2250));
        assertThat(delay(4, e, true)).contains(Duration.ofMillis(3375));
    }

    @Test
    void queryLimitIsRetriedForWritesToo() {
        BitrixException e = error("QUERY_LIMIT_EXCEEDED", 503);
        Duration first = delay(2, e, false).orElseThrow();
        Duration second = delay(3, e, false).orElseThrow();
        Duration third = delay(4, e, false).orElseThrow();
        assertThat(first).isEqualTo(Duration.ofMillis(1500));
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void queryLimitCodeIsMatchedWhateverItsCase() {
        assertThat(delay(2, error("query_limit_exceeded", 503), false)).isPresent();
    }

    @Test
    void givesUpAfterMaxRetries() {
        BitrixException e = error("QUERY_LIMIT_EXCEEDED", 503);
        assertThat(delay(4, e, true)).isPresent();   // third retry
        assertThat(delay(5, e, true)).isEmpty();     // a fourth is one too many
        assertThat(delay(5, error(BitrixException.NO_ANSWER, 0), true)).isEmpty();
        assertThat(policy.delayBefore(5, error("OPERATION_TIME_LIMIT", 429), true,
                OptionalLong.of(NOW.getEpochSecond() + 5), NOW)).isEmpty();
    }

    @Test
    void maxRetriesAndBackoffComeFromTheOptions() {
        RetryPolicy one = new RetryPolicy(ClientOptions.defaults().withRetries(1, Duration.ofMillis(100)));
        BitrixException e = error("QUERY_LIMIT_EXCEEDED", 503);
        assertThat(one.delayBefore(2, e, true, NO_RESET, NOW)).contains(Duration.ofMillis(100));
        assertThat(one.delayBefore(3, e, true, NO_RESET, NOW)).isEmpty();

        RetryPolicy none = new RetryPolicy(ClientOptions.defaults().withRetries(0, Duration.ofMillis(100)));
        assertThat(none.delayBefore(2, e, true, NO_RESET, NOW)).isEmpty();
    }

    @Test
    void noAnswerIsRetriedOnlyForReadOnlyCalls() {
        BitrixException e = error(BitrixException.NO_ANSWER, 0);
        assertThat(delay(2, e, true)).contains(Duration.ofMillis(1500));
        assertThat(delay(3, e, true)).contains(Duration.ofMillis(2250));
        assertThat(delay(2, e, false)).isEmpty();
    }

    @Test
    void anAnswerTooLargeIsNeverAskedForAgainThoughItsOutcomeIsUnknown() {
        BitrixException e = error(BitrixException.ANSWER_TOO_LARGE, 0);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(delay(2, e, true)).isEmpty();
        assertThat(delay(2, e, false)).isEmpty();
    }

    @Test
    void connectionFailedIsNotRetried() {
        BitrixException e = error(BitrixException.CONNECTION_FAILED, 0);
        assertThat(delay(2, e, true)).isEmpty();
        assertThat(delay(2, e, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void proxyErrorPagesAreRetriedOnlyForReads(int status) {
        BitrixException e = error(BitrixException.UNEXPECTED_RESPONSE, status);
        assertThat(delay(2, e, true)).contains(Duration.ofMillis(1500));
        assertThat(delay(2, e, false)).isEmpty();
    }

    @Test
    void otherUnexpectedResponsesAreNotRetried() {
        assertThat(delay(2, error(BitrixException.UNEXPECTED_RESPONSE, 500), true)).isEmpty();
        assertThat(delay(2, error(BitrixException.UNEXPECTED_RESPONSE, 200), true)).isEmpty();
    }

    @Test
    void operationTimeLimitWaitsUntilResetPlusOneSecond() {
        BitrixException e = error("OPERATION_TIME_LIMIT", 429);
        OptionalLong reset = OptionalLong.of(NOW.getEpochSecond() + 30);

        assertThat(policy.delayBefore(2, e, false, reset, NOW)).contains(Duration.ofSeconds(31));
        assertThat(policy.delayBefore(2, e, true, reset, NOW)).contains(Duration.ofSeconds(31));
        assertThat(policy.delayBefore(2, e, true, reset, NOW.plusMillis(500))).contains(Duration.ofMillis(30_500));
    }

    @Test
    void operationTimeLimitRefusesWaitsBeyondTheMaximum() {
        BitrixException e = error("OPERATION_TIME_LIMIT", 429);
        // exactly 10 minutes (599 s + 1 s) is still accepted, one second more is not
        assertThat(policy.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() + 599), NOW))
                .contains(Duration.ofMinutes(10));
        assertThat(policy.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() + 600), NOW)).isEmpty();
        assertThat(policy.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() + 86_400), NOW)).isEmpty();

        RetryPolicy shortWait = new RetryPolicy(ClientOptions.defaults().withMaxOperatingWait(Duration.ofSeconds(20)));
        assertThat(shortWait.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() + 30), NOW)).isEmpty();
        assertThat(shortWait.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() + 19), NOW))
                .contains(Duration.ofSeconds(20));
    }

    @Test
    void operationTimeLimitWithoutResetWaitsTenSeconds() {
        assertThat(delay(2, error("OPERATION_TIME_LIMIT", 429), false)).contains(Duration.ofSeconds(10));
    }

    @Test
    void operationTimeLimitWithAResetInThePastWaitsOneSecond() {
        BitrixException e = error("OPERATION_TIME_LIMIT", 429);
        assertThat(policy.delayBefore(2, e, true, OptionalLong.of(NOW.getEpochSecond() - 60), NOW))
                .contains(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCESS_DENIED", "BX_INVALID_VALUE", "NOT_FOUND", "expired_token", "100", "0", "",
            "INTERNAL_SERVER_ERROR", "WRONG_TYPE_VALUE", "ENTITY_WITH_BADGE_EXISTS", "OVERLOAD_LIMIT",
            BitrixException.TLS_FAILED, BitrixException.PORTAL_MOVED, BitrixException.CANCELLED})
    void portalAnswersAreNeverRetried(String code) {
        for (int status : new int[] {0, 400, 403, 500, 503}) {
            BitrixException e = error(code, status);
            assertThat(delay(2, e, true)).as("%s / %d read", code, status).isEmpty();
            assertThat(delay(2, e, false)).as("%s / %d write", code, status).isEmpty();
        }
    }
}
