package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The success and error examples of every docs page in the seeds (copied verbatim into
 * {@code src/test/resources/org/badgemanager/seeds/}, named after the seed file they come from), plus the
 * odd answers the reference notes describe.
 */
class ResponseParserTest {

    static String seed(String name) {
        try (InputStream in = ResponseParserTest.class.getResourceAsStream("/org/badgemanager/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitrixResponse parse(String method, int status, String body) {
        return ResponseParser.parse(method, new HttpTransport.Reply(status, body, null));
    }

    private static BitrixException failure(String method, int status, String body, String location) {
        return catchThrowableOfType(BitrixException.class,
                () -> ResponseParser.parse(method, new HttpTransport.Reply(status, body, location)));
    }

    private static BitrixException failure(String method, int status, String body) {
        return failure(method, status, body, null);
    }

    // ---- seeds: success examples -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "000-crm.activity.badge.delete-success.json, crm.activity.badge.delete",
            "001-crm.activity.badge.delete-success.json, crm.activity.badge.delete",
            "004-crm.activity.delete-success.json, crm.activity.delete"})
    void deleteSuccessSeedsGiveTrue(String file, String method) {
        BitrixResponse response = parse(method, 200, seed(file));

        assertThat(response.result().isBoolean()).isTrue();
        assertThat(response.result().booleanValue()).isTrue();
        assertThat(response.total()).isNull();
        assertThat(response.next()).isNull();
        assertThat(response.time().path("date_start").isTextual()).isTrue();
    }

    @Test
    void badgeGetSeedGivesTheRussianBadge() {
        BitrixResponse response = parse("crm.activity.badge.get", 200,
                seed("002-crm.activity.badge.get-success.json"));

        assertThat(response.result().path("badge").path("code").asText()).isEqualTo("missedCall");
        assertThat(response.result().path("badge").path("title").asText()).isEqualTo("Статус звонка");
        assertThat(response.result().path("badge").path("value").asText()).isEqualTo("Пропущен");
        assertThat(response.result().path("badge").path("type").asText()).isEqualTo("failure");
        assertThat(response.time().path("start").asDouble()).isEqualTo(1724068028.331234);
    }

    @Test
    void badgeAddSeedGivesTheBadge() {
        BitrixResponse response = parse("crm.activity.badge.add", 200,
                seed("003-crm.activity.badge.add-success.json"));

        assertThat(response.result().path("badge"))
                .isEqualTo(Json.parse("{\"code\":\"missedCall\",\"title\":\"Call Status\","
                        + "\"value\":\"Missed\",\"type\":\"failure\"}"));
    }

    @Test
    void operatingResetAtFromTheActivityDeleteSeed() {
        BitrixResponse response = parse("crm.activity.delete", 200, seed("004-crm.activity.delete-success.json"));

        assertThat(response.operatingResetAt()).isEqualTo(OptionalLong.of(1705765533L));
        assertThat(response.time().path("operating").asDouble()).isEqualTo(3.3076241016387939);
    }

    @Test
    void noOperatingResetAtInTheBadgeSeeds() {
        assertThat(parse("crm.activity.badge.delete", 200, seed("000-crm.activity.badge.delete-success.json"))
                .operatingResetAt()).isEmpty();
    }

    @Test
    void operatingResetAtAsNumericStringOrDateString() {
        assertThat(parse("m", 200, "{\"result\":1,\"time\":{\"operating_reset_at\":\"1705765533\"}}")
                .operatingResetAt()).isEqualTo(OptionalLong.of(1705765533L));
        assertThat(parse("m", 200, "{\"result\":1,\"time\":{\"operating_reset_at\":\"2024-01-20T17:45:33+02:00\"}}")
                .operatingResetAt()).isEmpty();
    }

    // ---- seeds: error examples ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "000-crm.activity.badge.delete-error.json, crm.activity.badge.delete",
            "001-crm.activity.badge.delete-error.json, crm.activity.badge.delete",
            "002-crm.activity.badge.get-error.json, crm.activity.badge.get",
            "003-crm.activity.badge.add-error.json, crm.activity.badge.add"})
    void badgeErrorSeedsGiveNotFound(String file, String method) {
        BitrixException e = failure(method, 400, seed(file));

        assertThat(e.code()).isEqualTo("NOT_FOUND");
        assertThat(e.description()).isEqualTo("Not found.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.method()).isEqualTo(method);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void activityDeleteErrorSeedHasAnEmptyCode() {
        BitrixException e = failure("crm.activity.delete", 400, seed("004-crm.activity.delete-error.json"));

        assertThat(e.code()).isEmpty();
        assertThat(e.description()).isEqualTo("Access denied.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.descriptionStartsWith("access denied")).isTrue();
        assertThat(e.getMessage()).contains("(no code)").contains("Access denied.");
    }

    // ---- error code shapes -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"error\":0,\"error_description\":\"Language `xx` was not found\"}     | 0",
            "{\"error\":\"0\",\"error_description\":\"Language `xx` was not found\"} | 0",
            "{\"error\":100,\"error_description\":\"Could not find value for parameter {title}\"}     | 100",
            "{\"error\":\"100\",\"error_description\":\"Could not find value for parameter {title}\"} | 100"})
    void numericCodesAsNumberOrString(String body, String code) {
        BitrixException e = failure("crm.activity.badge.add", 400, body);

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.description()).isNotEmpty();
    }

    @Test
    void lowerCaseOauthCodeIsKeptAsSent() {
        BitrixException e = failure("crm.activity.badge.list", 401,
                "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired.\"}");

        assertThat(e.code()).isEqualTo("expired_token");
        assertThat(e.is("EXPIRED_TOKEN")).isTrue();
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.description()).isEqualTo("The access token provided has expired.");
    }

    @Test
    void errorWithoutDescription() {
        BitrixException e = failure("m", 400, "{\"error\":\"WRONG_ENCODING\"}");
        assertThat(e.code()).isEqualTo("WRONG_ENCODING");
        assertThat(e.description()).isEmpty();
    }

    @Test
    void errorInsideAnHttp200IsStillAnError() {
        BitrixException e = failure("m", 200,
                "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}");
        assertThat(e.code()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void errorWithExtraKeys() {
        BitrixException e = failure("crm.activity.badge.add", 400,
                "{\"error\":\"REQUIRED_ARG_MISSING\",\"error_description\":\"Argument 'title' is required\","
                        + "\"argument\":\"title\"}");
        assertThat(e.code()).isEqualTo("REQUIRED_ARG_MISSING");
        assertThat(e.description()).isEqualTo("Argument 'title' is required");
    }

    // ---- list envelope -----------------------------------------------------------------------------------

    @Test
    void totalAndNextOfAListPage() {
        BitrixResponse response = parse("crm.activity.list", 200,
                "{\"result\":[{\"ID\":\"1\"},{\"ID\":\"2\"}],\"next\":50,\"total\":123456,\"time\":{}}");

        assertThat(response.total()).isEqualTo(123456);
        assertThat(response.next()).isEqualTo(50);
        assertThat(response.result().size()).isEqualTo(2);
    }

    @Test
    void lastPageHasTotalButNoNext() {
        BitrixResponse response = parse("crm.activity.badge.list", 200,
                "{\"result\":{\"badges\":[]},\"total\":0,\"time\":{}}");

        assertThat(response.total()).isZero();
        assertThat(response.next()).isNull();
        assertThat(response.result().path("badges").isArray()).isTrue();
    }

    // ---- answers that are not a Bitrix envelope ----------------------------------------------------------

    @Test
    void htmlBadGatewayPage() {
        String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        BitrixException e = failure("crm.activity.list", 502, html);

        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.method()).isEqualTo("crm.activity.list");
        assertThat(e.description()).contains("502").contains("HTML");
    }

    @Test
    void doctypeHtmlPageWithStatus200() {
        BitrixException e = failure("m", 200, "  <!DOCTYPE html><html><body>Login</body></html>");
        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void truncatedJson() {
        BitrixException e = failure("crm.activity.badge.get", 200,
                "{\"result\":{\"badge\":{\"code\":\"missedCall\",\"title\":\"Call St");

        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.description()).contains("truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyBody(String body) {
        BitrixException e = failure("m", 200, body);
        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.description()).contains("empty body");
    }

    @Test
    void nullBody() {
        assertThat(failure("m", 500, null).code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"ok\"", "true", "42"})
    void jsonThatIsNotAnObject(String body) {
        assertThat(failure("m", 200, body).code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
    }

    @Test
    void http200WithoutResult() {
        BitrixException e = failure("crm.activity.badge.list", 200, "{\"time\":{\"start\":1.0}}");
        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void resultWithAnErrorStatusIsNotASuccess() {
        BitrixException e = failure("m", 500, "{\"result\":true}");
        assertThat(e.code()).isEqualTo(BitrixException.UNEXPECTED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(500);
    }

    // ---- redirects ---------------------------------------------------------------------------------------

    @Test
    void redirectNamesOnlyTheNewHost() {
        BitrixException e = failure("crm.activity.badge.list", 302, "",
                "https://new-name.bitrix24.com/rest/1/s3cretWebhookCode/crm.activity.badge.list?x=1");

        assertThat(e.code()).isEqualTo(BitrixException.PORTAL_MOVED);
        assertThat(e.httpStatus()).isEqualTo(302);
        assertThat(e.description()).contains("new-name.bitrix24.com");
        assertThat(e.description()).doesNotContain("/rest").doesNotContain("s3cretWebhookCode")
                .doesNotContain("x=1");
        assertThat(e.getMessage()).doesNotContain("/rest").doesNotContain("s3cretWebhookCode");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 303, 307, 308})
    void otherRedirectStatusesToo(int status) {
        BitrixException e = failure("m", status, "<html>moved</html>", "https://other.example.com/rest/x");
        assertThat(e.code()).isEqualTo(BitrixException.PORTAL_MOVED);
        assertThat(e.description()).contains("other.example.com").doesNotContain("/rest");
    }

    @Test
    void redirectWithoutOrWithBrokenLocation() {
        BitrixException missing = failure("m", 302, "", null);
        assertThat(missing.code()).isEqualTo(BitrixException.PORTAL_MOVED);
        assertThat(missing.description()).contains("another address");

        BitrixException broken = failure("m", 302, "", "https://bad host/rest/1/s3cret/");
        assertThat(broken.code()).isEqualTo(BitrixException.PORTAL_MOVED);
        assertThat(broken.description()).doesNotContain("s3cret").doesNotContain("/rest");
    }

    // ---- errorOf -----------------------------------------------------------------------------------------

    @Test
    void errorOfWithNullDescription() {
        BitrixException e = ResponseParser.errorOf(Json.parse("\"NOT_FOUND\""), null, 400, "m");
        assertThat(e.code()).isEqualTo("NOT_FOUND");
        assertThat(e.description()).isEmpty();
    }
}
