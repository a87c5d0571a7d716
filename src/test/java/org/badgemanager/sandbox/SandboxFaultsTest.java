package org.badgemanager.sandbox;

import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.badgemanager.sandbox.SandboxHttp.postJson;
import static org.badgemanager.sandbox.SandboxHttp.postJsonRaw;

class SandboxFaultsTest {

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit());

    @Test
    void failNextAnswersTheErrorOnceThenWorksAgain() {
        sandbox.portal().faults().failNext("crm.activity.badge.get", 500, "INTERNAL_SERVER_ERROR", "Boom");

        Reply other = badgeList();
        Reply failed = badgeGet();
        Reply again = badgeGet();

        assertThat(other.status()).isEqualTo(200);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.error()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(failed.errorDescription()).isEqualTo("Boom");
        assertThat(again.status()).isEqualTo(200);
        assertThat(sandbox.portal().requests("crm.activity.badge.get")).extracting(RecordedRequest::status)
                .containsExactly(500, 200);
        assertThat(sandbox.portal().requests("crm.activity.badge.get").get(0).errorCode()).isEqualTo("INTERNAL_SERVER_ERROR");
    }

    @Test
    void failAlwaysWithWildcardHitsEveryMethodUntilCleared() {
        sandbox.portal().faults().failAlways("*", 503, "OVERLOAD_LIMIT", "REST API is blocked due to overload.");

        assertThat(badgeGet().error()).isEqualTo("OVERLOAD_LIMIT");
        assertThat(badgeList().error()).isEqualTo("OVERLOAD_LIMIT");
        assertThat(badgeList().status()).isEqualTo(503);

        sandbox.portal().faults().clear();
        assertThat(badgeList().status()).isEqualTo(200);
    }

    @Test
    void answerNextSendsARawBody() {
        sandbox.portal().faults().answerNext("crm.activity.badge.list.json", 502, "text/html", "<html>Bad Gateway</html>");

        Reply reply = badgeList();

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).isEqualTo("text/html");
        assertThat(reply.body()).isEqualTo("<html>Bad Gateway</html>");
        assertThat(badgeList().status()).isEqualTo(200);
    }

    @Test
    void answerNextCanSendTruncatedJson() {
        sandbox.portal().faults().answerNext("crm.activity.badge.get", 200, "application/json", "{\"result\":{\"badge\":");

        Reply reply = badgeGet();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isNull();
    }

    @Test
    void dropNextClosesTheConnectionWithoutDoingTheWork() {
        sandbox.portal().faults().dropNext("crm.activity.badge.delete");

        assertThatThrownBy(() -> postJsonRaw(sandbox.portal().webhookUrl() + "crm.activity.badge.delete",
                "{\"code\":\"vipClient\"}")).isInstanceOf(IOException.class);

        assertThat(sandbox.portal().badge("vipClient")).isPresent();
        assertThat(sandbox.portal().requests("crm.activity.badge.delete")).singleElement()
                .satisfies(r -> assertThat(r.status()).isZero());
        assertThat(postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.delete", Map.of("code", "vipClient"))
                .status()).isEqualTo(200);
    }

    @Test
    void dropAfterNextDoesTheWorkButNeverAnswers() {
        sandbox.portal().faults().dropAfterNext("crm.activity.badge.delete");

        assertThatThrownBy(() -> postJsonRaw(sandbox.portal().webhookUrl() + "crm.activity.badge.delete",
                "{\"code\":\"vipClient\"}")).isInstanceOf(IOException.class);

        assertThat(sandbox.portal().badge("vipClient")).isEmpty();
        Reply retry = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.delete", Map.of("code", "vipClient"));
        assertThat(retry.error()).isEqualTo("NOT_FOUND");
    }

    @Test
    void faultsMatchOnlyTheTopLevelMethod() {
        sandbox.portal().faults().failAlways("crm.activity.badge.get", 500, "INTERNAL_SERVER_ERROR", "Boom");

        Reply inBatch = postJson(sandbox.portal().webhookUrl() + "batch",
                Map.of("cmd", Map.of("b", "crm.activity.badge.get?code=missedCall")));
        assertThat(inBatch.status()).isEqualTo(200);
        assertThat(inBatch.result().at("/result/b/badge/code").asText()).isEqualTo("missedCall");

        sandbox.portal().faults().failNext("batch", 500, "INTERNAL_SERVER_ERROR", "Batch boom");
        Reply batchFault = postJson(sandbox.portal().webhookUrl() + "batch",
                Map.of("cmd", Map.of("b", "crm.activity.badge.list")));
        assertThat(batchFault.errorDescription()).isEqualTo("Batch boom");
    }

    @Test
    void latencyDelaysEveryAnswer() {
        sandbox.portal().faults().latency(Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThat(badgeList().status()).isEqualTo(200);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
        sandbox.portal().faults().clear();
    }

    @Test
    void aHeldCallRunsOnlyWhenReleasedWhileOtherCallsGoOn() throws Exception {
        CallHold hold = sandbox.portal().faults().holdNext("crm.activity.badge.delete", false, Duration.ofSeconds(10));
        java.util.concurrent.CompletableFuture<Reply> delete = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.delete", Map.of("code", "vipClient")));

        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();
        assertThat(badgeList().status()).as("other calls are answered meanwhile").isEqualTo(200);
        assertThat(sandbox.portal().badge("vipClient")).as("held before its work").isPresent();
        hold.release();

        assertThat(delete.get(10, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(sandbox.portal().badge("vipClient")).isEmpty();
    }

    @Test
    void aHeldCallReleasedWithoutRunningIsDroppedAndChangesNothing() throws Exception {
        CallHold hold = sandbox.portal().faults().holdNext("crm.activity.badge.delete", false, Duration.ofSeconds(10));
        java.util.concurrent.CompletableFuture<Void> delete = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                postJsonRaw(sandbox.portal().webhookUrl() + "crm.activity.badge.delete", "{\"code\":\"vipClient\"}");
            } catch (IOException expected) {
                // the connection is closed unanswered
            }
        });
        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();
        hold.releaseWithoutRunning();
        delete.get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(sandbox.portal().badge("vipClient")).isPresent();
    }

    private Reply badgeGet() {
        return postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.get", "{\"code\":\"missedCall\"}");
    }

    private Reply badgeList() {
        return postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{}");
    }
}
