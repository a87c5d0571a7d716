package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;
import org.badgemanager.ui.common.ErrorMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that arrive too slowly or never stop: headers at once, then a body trickled a byte at a time (with a
 * Content-Length or chunked), an endless body, a 50 MB body. Each call ends by its deadline or at the size limit,
 * with a code the user can act on, and nothing fills the memory. Driven through the badge table as the app wires
 * it, against a real socket on 127.0.0.1.
 */
class SlowAndHugeAnswersTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(SlowAndHugeAnswersTest.class);
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /**
     * Far below the 30 s the whole trickle takes, far above any wake-up delay on a busy machine: the check is that
     * the call ended at its deadline rather than with the body, not how fast this machine is.
     */
    private static final Duration MARGIN = Duration.ofSeconds(9);
    private static final long ONE_MB = 1024 * 1024;
    /** An envelope the client would parse happily, had it the patience: 300 bytes at 100 ms each take 30 s. */
    private static final String SLOW_BODY = "{\"result\":{\"badges\":[]},\"padding\":\"" + "x".repeat(262) + "\"}";
    private static final Duration TRICKLE = Duration.ofMillis(100);

    private final HostilePortal portal = new HostilePortal();
    private final FaultRig rig = new FaultRig();

    @AfterEach
    void stop() throws IOException {
        portal.close();
    }

    /** Short deadline and a 1 MB limit; no repeats, so that one refresh is one call and its time is the deadline's. */
    private static ClientOptions options() {
        return Portals.fastOptions().withTimeouts(Duration.ofMillis(500), DEADLINE).withMaxAnswerBytes(ONE_MB)
                .withRetries(0, Duration.ofMillis(20));
    }

    private BitrixClient client(ClientOptions options) {
        return new BitrixClient(WebhookConnection.parse(portal.webhookUrl()), options);
    }

    /** Refreshes the badge table and returns what the popup said, after checking the table stayed empty. */
    private ErrorMessage refreshFails(BitrixClient client, String code) {
        rig.connect(client);
        ErrorMessage told = rig.lastError();
        assertThat(told).isNotNull();
        assertThat(told.code()).isEqualTo(code);
        assertThat(told.advice()).isEqualTo(rig.specificAdvice(code));
        assertThat(rig.tableCodes()).isEmpty();
        return told;
    }

    private static long since(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Test
    void aBodyTrickledAfterTheHeadersEndsAtTheDeadline() {
        portal.answer("crm.activity.badge.list", HostilePortal.trickled(SLOW_BODY, TRICKLE));
        long started = System.nanoTime();
        ErrorMessage told = refreshFails(client(options()), BitrixException.NO_ANSWER);
        long took = since(started);
        assertThat(told.description()).isEqualTo("The portal did not answer in time.");
        assertThat(took).isBetween(DEADLINE.toMillis(), DEADLINE.plus(MARGIN).toMillis());
        ROWS.add(PortalFaultsTest.NETWORK, "Body trickled after prompt headers, 1 byte per 100 ms "
                        + "(Content-Length 300, would take 30 s; deadline 1 s)", 1,
                "`NO_ANSWER` \"" + told.description() + "\" after " + took / 100 * 100 + " ms", told.advice(), 0);
    }

    @Test
    void aChunkedBodyTrickledAfterTheHeadersEndsAtTheDeadline() {
        portal.answer("crm.activity.badge.list", HostilePortal.trickledChunks(SLOW_BODY, TRICKLE));
        long started = System.nanoTime();
        ErrorMessage told = refreshFails(client(options()), BitrixException.NO_ANSWER);
        long took = since(started);
        assertThat(told.description()).isEqualTo("The portal did not answer in time.");
        assertThat(took).isBetween(DEADLINE.toMillis(), DEADLINE.plus(MARGIN).toMillis());
        ROWS.add(PortalFaultsTest.NETWORK, "Chunked body trickled after prompt headers, one 1-byte chunk per 100 ms "
                        + "(would take 30 s; deadline 1 s)", 1,
                "`NO_ANSWER` \"" + told.description() + "\" after " + took / 100 * 100 + " ms", told.advice(), 0);
    }

    @Test
    void anEndlessBodyIsCutOffAtTheLimitAndNeverAskedForAgain() throws Exception {
        portal.answer("crm.activity.badge.list", HostilePortal.endless());
        // repeats allowed: a read that failed for want of an answer would be repeated, one too large must not be
        BitrixClient client = client(options().withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(20))
                .withRetries(3, Duration.ofMillis(20)));
        ErrorMessage told = refreshFails(client, BitrixException.ANSWER_TOO_LARGE);
        assertThat(told.description()).isEqualTo("The answer was larger than 1 MB and was not read.");
        assertThat(portal.called).containsExactly("crm.activity.badge.list");
        // the connection was closed, not drained: the portal's writes fail soon after the limit
        assertThat(portal.clientHungUp.get(10, TimeUnit.SECONDS)).isPositive();
        ROWS.add(PortalFaultsTest.NETWORK, "Endless chunked body (answer limit 1 MB)", 1,
                "`ANSWER_TOO_LARGE` \"" + told.description() + "\"; connection closed, not asked again",
                told.advice(), 0);
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedBeforeItIsRead() throws Exception {
        long size = 50 * ONE_MB;
        portal.answer("crm.activity.badge.list", HostilePortal.huge(size));
        ErrorMessage told = refreshFails(client(options()), BitrixException.ANSWER_TOO_LARGE);
        assertThat(told.description()).isEqualTo("The answer was larger than 1 MB and was not read.");
        // its Content-Length was enough to refuse it: the portal could not send it all before the client hung up
        assertThat(portal.clientHungUp.get(10, TimeUnit.SECONDS)).isLessThan(size);
        ROWS.add(PortalFaultsTest.NETWORK, "50 MB answer with its Content-Length (answer limit 1 MB)", 1,
                "`ANSWER_TOO_LARGE` \"" + told.description() + "\"; refused on its length, connection closed",
                told.advice(), 0);
    }

    @Test
    void anAnswerTooLargeForAnAddLeavesItsOutcomeUnknownAndThePortalIsAsked() {
        portal.answer("crm.activity.badge.add", HostilePortal.huge(2 * ONE_MB));
        BadgeService service = new BadgeService(client(options()), Duration.ofMillis(10));
        Badge badge = new Badge("bigAnswer", LocalizedText.of("T"), LocalizedText.of("V"), BadgeType.PRIMARY);
        BitrixException e = catchThrowableOfType(BitrixException.class, () -> service.add(badge));
        assertThat(e.code()).isEqualTo(BitrixException.ANSWER_TOO_LARGE);
        assertThat(e.outcomeUnknown()).isTrue();
        // the add ran on the portal as far as anyone knows: the app looks before it says anything (here: not there)
        assertThat(portal.called).containsExactly("crm.activity.badge.add", "crm.activity.badge.get");
    }

    @Test
    void anEndlessBodyWithTheDefaultLimitEndsNormallyInA256MegabyteHeap() throws Exception {
        portal.answer("crm.activity.badge.list", HostilePortal.endless());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), EndlessAnswerMain.class.getName(), portal.webhookUrl())
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("code=ANSWER_TOO_LARGE", "calls=1").doesNotContain("OutOfMemoryError");
        String description = output.lines().filter(l -> l.startsWith("description=")).findFirst().orElseThrow()
                .substring("description=".length());
        assertThat(description).isEqualTo("The answer was larger than 32 MB and was not read.");
        ROWS.add(PortalFaultsTest.NETWORK, "Endless chunked body, default 32 MB limit, app JVM with -Xmx256m", 1,
                "`ANSWER_TOO_LARGE` \"" + description + "\"; the JVM ended normally, no OutOfMemoryError",
                rig.specificAdvice(BitrixException.ANSWER_TOO_LARGE), 0);
    }
}
