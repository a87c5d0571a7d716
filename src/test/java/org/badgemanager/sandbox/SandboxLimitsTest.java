package org.badgemanager.sandbox;

import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.badgemanager.sandbox.SandboxHttp.postForm;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxLimitsTest {

    private static final int CAP = 64 * 1024;

    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit()
            .maxRequestBytes(CAP).requestLogCapacity(5));

    @Test
    void aBodyOverTheCapIsRefusedWith413AndABitrixError() {
        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.list?start=0",
                "value=" + "x".repeat(CAP));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(reply.errorDescription()).contains(Integer.toString(CAP));
        RecordedRequest recorded = sandbox.portal().requests().get(0);
        assertThat(recorded.status()).isEqualTo(413);
        assertThat(recorded.params().get("start").asText()).isEqualTo("0");
        assertThat(recorded.params().has("value")).isFalse();
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void aBodyJustUnderTheCapIsAccepted() {
        String form = "code=nope&pad=" + "x".repeat(CAP - "code=nope&pad=".length());

        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.get", form);

        assertThat(reply.error()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheCapWithoutAContentLength() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sandbox.portal().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /rest/1/" + sandbox.portal().webhookCode() + "/crm.activity.badge.list HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("2000\r\n" + "a".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent <= CAP; sent += 0x2000) {
                out.write(chunk);
            }
            out.flush();

            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
        assertThat(sandbox.portal().requests().get(0).errorCode()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void formNestingDeeperThanTheLimitIsA400() {
        String fine = "filter" + "[a]".repeat(PhpQueryParser.MAX_NESTING) + "=1";
        String tooDeep = "filter" + "[a]".repeat(PhpQueryParser.MAX_NESTING + 1) + "=1";

        assertThat(PhpQueryParser.parse(fine).at("/filter" + "/a".repeat(PhpQueryParser.MAX_NESTING)).asText())
                .isEqualTo("1");
        Reply reply = postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.list", tooDeep);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("INVALID_REQUEST");
        assertThat(reply.errorDescription()).contains("nested deeper than 32 levels");
    }

    @Test
    void deepJsonAndDeepQueryStringsAreRefusedTheSameWay() {
        String deepJson = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String deepQuery = "?x" + "%5B%5D".repeat(1000) + "=1";

        Reply json = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", deepJson);
        Reply query = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list" + deepQuery, "{}");

        assertThat(json.status()).isEqualTo(400);
        assertThat(json.errorDescription()).contains("nested deeper than 32 levels");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.errorDescription()).contains("nested deeper than 32 levels");
    }

    @Test
    void longListsParseInOrderAndTooManyPairsAreA400() {
        String list = "id[]=x&".repeat(PhpQueryParser.MAX_PARAMETERS - 2) + "id[20000]=y&id[]=z";

        var params = PhpQueryParser.parse(list);

        assertThat(params.get("id").size()).isEqualTo(PhpQueryParser.MAX_PARAMETERS);
        assertThat(params.at("/id/9997").asText()).isEqualTo("x");
        assertThat(params.at("/id/20000").asText()).isEqualTo("y");
        assertThat(params.at("/id/20001").asText()).isEqualTo("z");
        assertThatThrownBy(() -> PhpQueryParser.parse(list + "&one=more"))
                .isInstanceOf(RestError.class).hasMessageContaining("More than 10000 parameters");
    }

    @Test
    void theRequestLogKeepsOnlyTheLatestRequests() {
        for (int i = 0; i < 8; i++) {
            postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.get", "code=c" + i);
        }

        assertThat(sandbox.portal().requests()).extracting(r -> r.params().get("code").asText())
                .containsExactly("c3", "c4", "c5", "c6", "c7");
        assertThat(sandbox.portal().requests("crm.activity.badge.get")).hasSize(5);
    }

    @Test
    void largeValuesAndNamesAreCutInTheLogButReachTheMethodWhole() {
        String title = "T".repeat(20_000);
        Reply added = postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.add",
                Map.of("code", "long", "title", title, "value", "V", "type", "primary",
                        "n".repeat(5000), "x"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(sandbox.portal().badge("long").orElseThrow().title().asText()).hasSize(20_000);
        var params = sandbox.portal().requests().get(0).params();
        String recorded = params.get("title").asText();
        assertThat(recorded).startsWith("T".repeat(RecordedParams.MAX_TEXT))
                .endsWith("…[cut, 20000 characters in all]")
                .hasSizeLessThan(RecordedParams.MAX_TEXT + 40);
        assertThat(params.get("code").asText()).isEqualTo("long");
        assertThat(params.has("n".repeat(5000))).isFalse();
        assertThat(params.fieldNames()).toIterable()
                .anyMatch(name -> name.startsWith("n".repeat(RecordedParams.MAX_TEXT) + "…[cut, 5000"));
    }

    @Test
    void onlyTheFirstThousandValuesOfARequestAreRecorded() {
        StringBuilder form = new StringBuilder("code=nope");
        for (int i = 0; i < 3000; i++) {
            form.append("&filter[f").append(i).append("]=").append(i);
        }

        postForm(sandbox.portal().webhookUrl() + "crm.activity.badge.get", form.toString());

        var params = sandbox.portal().requests().get(0).params();
        assertThat(params.get("code").asText()).isEqualTo("nope");
        assertThat(params.get("filter").size()).isEqualTo(RecordedParams.MAX_VALUES - 2);
        assertThat(params.get(RecordedParams.LEFT_OUT).asText()).isEqualTo("2002 more values not recorded");
    }

    private Reply list() {
        return postJson(sandbox.portal().webhookUrl() + "crm.activity.badge.list", "{}");
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
