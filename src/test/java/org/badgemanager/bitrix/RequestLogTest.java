package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the request log keeps of each call, and what it writes to the application log. */
class RequestLogTest {
    private final Logger restLogger = Logger.getLogger("org.badgemanager.rest");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void listen() {
        previousLevel = restLogger.getLevel();
        restLogger.setLevel(Level.ALL);
        restLogger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        restLogger.removeHandler(capture);
        restLogger.setLevel(previousLevel);
    }

    private static RequestLog.Entry entry(String method, int status, String code) {
        return new RequestLog.Entry(Instant.EPOCH, method, 1, status, code, Duration.ofMillis(42));
    }

    private static String text(LogRecord record) {
        return java.text.MessageFormat.format(record.getMessage(), record.getParameters());
    }

    @Test
    void aSuccessIsOkAndLoggedAsDetail() {
        new RequestLog(5).record(entry("crm.activity.badge.list", 200, null));

        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getLevel()).isEqualTo(Level.FINE);
        assertThat(text(logged.get(0))).isEqualTo("crm.activity.badge.list attempt 1: ok in 42 ms");
    }

    @Test
    void aFailureIsNotOkAndLoggedWithItsCodeAndStatus() {
        RequestLog log = new RequestLog(5);
        log.record(entry("crm.activity.badge.add", 400, "ERROR_CORE"));

        assertThat(log.entries().get(0).ok()).isFalse();
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(text(logged.get(0))).isEqualTo("crm.activity.badge.add attempt 1: error 'ERROR_CORE' HTTP 400 in 42 ms");
    }

    @Test
    void onlyTheMostRecentEntriesAreKept() {
        RequestLog log = new RequestLog(2);
        log.record(entry("a", 200, null));
        log.record(entry("b", 200, null));
        log.record(entry("c", 200, null));

        assertThat(log.entries()).extracting(RequestLog.Entry::method).containsExactly("b", "c");
    }

    @Test
    void theClientLogsASuccessfulCallWithItsStatusAndHowLongItTook() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            BitrixClient client = Portals.webhookClient(portal);
            long before = System.nanoTime();
            client.call("crm.activity.badge.list");
            Duration around = Duration.ofNanos(System.nanoTime() - before);

            assertThat(client.requestLog().entries()).hasSize(1);
            RequestLog.Entry entry = client.requestLog().entries().get(0);
            assertThat(entry.ok()).isTrue();
            assertThat(entry.method()).isEqualTo("crm.activity.badge.list");
            assertThat(entry.attempt()).isEqualTo(1);
            assertThat(entry.httpStatus()).isEqualTo(200);
            assertThat(entry.took()).as("within the time the call took as seen from outside")
                    .isGreaterThan(Duration.ZERO).isLessThanOrEqualTo(around);
        }
    }

    @Test
    void theTokenRefreshIsInTheLogToMaskedLikeEveryCall() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            String oldRefreshToken = portal.refreshToken();
            OAuthConnection connection = new OAuthConnection(java.net.URI.create(portal.clientEndpoint()),
                    java.net.URI.create(portal.serverEndpoint()), portal.clientId(), portal.clientSecret(),
                    new OAuthTokens(portal.accessToken(), oldRefreshToken, Instant.now()), renewed -> { });
            RequestLog session = new RequestLog(10);
            BitrixClient client = new BitrixClient(connection, Portals.fastOptions(), session);
            portal.expireAccessToken();

            client.call("crm.activity.badge.list");

            assertThat(session.entries()).extracting(RequestLog.Entry::method)
                    .containsExactly("crm.activity.badge.list", TokenRefresher.METHOD, "crm.activity.badge.list");
            assertThat(session.entries()).extracting(RequestLog.Entry::code)
                    .containsExactly("expired_token", null, null);
            RequestLog.Entry refresh = session.entries().get(1);
            assertThat(refresh.httpStatus()).isEqualTo(200);
            assertThat(refresh.params()).contains("grant_type=refresh_token")
                    .doesNotContain(oldRefreshToken).doesNotContain(portal.clientSecret());
            assertThat(refresh.sent().curl(false)).doesNotContain(oldRefreshToken).doesNotContain(portal.clientSecret());
            assertThat(refresh.sent().curl(true)).contains(oldRefreshToken);
        }
    }
}
