package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.badgemanager.bitrix.InvalidWebhookUrlException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookConnectionTest {
    private static final String CODE = "8g9l071eismy9q2l";
    private static final String URL = "https://portal.bitrix24.com/rest/1/" + CODE + "/";

    private static InvalidWebhookUrlException refused(String text) {
        return catchThrowableOfType(InvalidWebhookUrlException.class, () -> WebhookConnection.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l",
            "  https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ \n",
            "HTTPS://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/"})
    void validHttpsUrlWithOrWithoutTrailingSlash(String text) {
        WebhookConnection c = WebhookConnection.parse(text);

        assertThat(c.userId()).isEqualTo(1);
        assertThat(c.code()).isEqualTo(CODE);
        assertThat(c.portalHost()).isEqualTo("portal.bitrix24.com");
        assertThat(c.secretUrl()).isEqualTo(URL);
    }

    @Test
    void methodUriAppendsTheMethodToTheBase() {
        WebhookConnection c = WebhookConnection.parse("https://portal.bitrix24.com/rest/1/" + CODE);
        assertThat(c.methodUri("crm.activity.badge.list"))
                .isEqualTo(URI.create("https://portal.bitrix24.com/rest/1/" + CODE + "/crm.activity.badge.list"));
    }

    @Test
    void portAndMultiDigitUserIdAreKept() {
        WebhookConnection c = WebhookConnection.parse("https://b24.example.com:8443/rest/1234/abcd_1234/");
        assertThat(c.userId()).isEqualTo(1234);
        assertThat(c.methodUri("batch")).isEqualTo(URI.create("https://b24.example.com:8443/rest/1234/abcd_1234/batch"));
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:18024/rest/1/abcd1234/, http://127.0.0.1:18024/rest/1/abcd1234/crm.activity.badge.list",
            "http://localhost:18024/rest/1/abcd1234, http://localhost:18024/rest/1/abcd1234/crm.activity.badge.list",
            "http://[::1]:18024/rest/1/abcd1234/, http://[::1]:18024/rest/1/abcd1234/crm.activity.badge.list"})
    void plainHttpOnlyForThisMachine(String text, String methodUri) {
        assertThat(WebhookConnection.parse(text).methodUri("crm.activity.badge.list")).isEqualTo(URI.create(methodUri));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | EMPTY",
            "'' | EMPTY",
            "'   ' | EMPTY",
            "not a url | NOT_A_URL",
            "portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ | NOT_A_URL",
            "ftp://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ | NOT_A_URL",
            "https:///rest/1/8g9l071eismy9q2l/ | NOT_A_URL",
            "https://user:pw@portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ | USER_INFO",
            "https://portal.bitrix24.com:99999/rest/1/8g9l071eismy9q2l/ | BAD_PORT",
            "http://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ | HTTPS_REQUIRED",
            "http://127.0.0.1.evil.com/rest/1/8g9l071eismy9q2l/ | HTTPS_REQUIRED",
            "https://portal.bitrix24.com/ | NOT_A_WEBHOOK_PATH",
            "https://portal.bitrix24.com/crm/deal/ | NOT_A_WEBHOOK_PATH",
            "https://portal.bitrix24.com/rest/crm.activity.list | NOT_A_WEBHOOK_PATH",
            "https://portal.bitrix24.com/rest/0/8g9l071eismy9q2l/ | BAD_USER_ID",
            "https://portal.bitrix24.com/rest/abc/8g9l071eismy9q2l/ | BAD_USER_ID",
            "https://portal.bitrix24.com/rest/-1/8g9l071eismy9q2l/ | BAD_USER_ID",
            "https://portal.bitrix24.com/rest/12345678901/8g9l071eismy9q2l/ | BAD_USER_ID",
            "https://portal.bitrix24.com/rest/1/abc/ | BAD_CODE",
            "https://portal.bitrix24.com/rest/1/8g9l-071e/ | BAD_CODE",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/crm.activity.list | HAS_METHOD_OR_QUERY",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/crm.activity.list.json | HAS_METHOD_OR_QUERY",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/?auth=x | HAS_METHOD_OR_QUERY",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/#top | HAS_METHOD_OR_QUERY"})
    void eachProblemHasAConcreteInput(String text, Problem problem) {
        InvalidWebhookUrlException e = refused(text);

        assertThat(e).as("no exception for %s", text).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
    }

    @Test
    void everyProblemIsCoveredAbove() {
        // keeps the table above honest if a Problem is added
        assertThat(Problem.values()).containsExactlyInAnyOrder(Problem.EMPTY, Problem.NOT_A_URL,
                Problem.USER_INFO, Problem.BAD_PORT, Problem.HTTPS_REQUIRED, Problem.NOT_A_WEBHOOK_PATH, Problem.BAD_USER_ID, Problem.BAD_CODE,
                Problem.HAS_METHOD_OR_QUERY);
    }

    @Test
    void toStringAndMaskedDescriptionHideTheCode() {
        WebhookConnection c = WebhookConnection.parse(URL);

        assertThat(c.secretUrl()).contains(CODE); // the secret is there to hide
        assertThat(c.toString()).doesNotContain(CODE);
        assertThat(c.maskedDescription()).doesNotContain(CODE)
                .isEqualTo("https://portal.bitrix24.com/rest/1/" + WebhookConnection.MASK + "/");
        assertThat(c.toString()).isEqualTo(c.maskedDescription());
    }

    @Test
    void maskingWorksWhenTheCodeLooksLikeTheUserId() {
        WebhookConnection c = WebhookConnection.parse("https://portal.bitrix24.com/rest/1111/1111/");
        assertThat(c.maskedDescription()).doesNotContain("/1111/").contains("/" + WebhookConnection.MASK + "/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/",
            "https://portal.bitrix24.com/rest/0/8g9l071eismy9q2l/",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/crm.activity.badge.list",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/?x=1",
            "https://user:pw@portal.bitrix24.com/rest/1/8g9l071eismy9q2l/",
            "https://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/ with space",
            "ftp://portal.bitrix24.com/rest/1/8g9l071eismy9q2l/"})
    void exceptionMessagesNeverContainTheCode(String text) {
        InvalidWebhookUrlException e = refused(text);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(CODE);
        assertThat(e.toString()).doesNotContain(CODE);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void webhookAddsNoCredentialsToParameters() {
        WebhookConnection c = WebhookConnection.parse(URL);
        var params = Json.object();
        params.put("code", "x");
        c.authorize(params);
        assertThat(params).isEqualTo(Json.parse("{\"code\":\"x\"}"));
    }

    @Test
    void theAddressRulesApplyToWebhooks() {
        assertThat(refused("https://user:pass@portal.bitrix24.com/rest/1/" + CODE + "/").problem())
                .isEqualTo(Problem.USER_INFO);
        assertThat(refused("https://portal.bitrix24.com:99999/rest/1/" + CODE + "/").problem())
                .isEqualTo(Problem.BAD_PORT);
        assertThat(WebhookConnection.parse("https://пример.рф/rest/1/" + CODE + "/\u00A0").secretUrl())
                .isEqualTo("https://xn--e1afmkfd.xn--p1ai/rest/1/" + CODE + "/");
        assertThat(WebhookConnection.parse("https://portal.bitrix24.com:8443/rest/1/" + CODE + "/").secretUrl())
                .isEqualTo("https://portal.bitrix24.com:8443/rest/1/" + CODE + "/");
    }
}
