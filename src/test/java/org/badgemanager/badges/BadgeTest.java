package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.badgemanager.bitrix.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON shapes of the docs' badge examples survive {@code fromJson} → {@code toJson} unchanged. */
class BadgeTest {

    private static JsonNode seed(String name) {
        try (InputStream in = BadgeTest.class.getResourceAsStream("/org/badgemanager/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void addRequestExampleRoundTrips() {
        ObjectNode request = (ObjectNode) seed("003-crm.activity.badge.add-request.json");
        Badge badge = Badge.fromJson(request);

        assertThat(badge.code()).isEqualTo("missedCall");
        assertThat(badge.title()).isEqualTo(LocalizedText.of("Call Status"));
        assertThat(badge.value()).isEqualTo(LocalizedText.of("Missed"));
        assertThat(badge.type()).isEqualTo(BadgeType.FAILURE);

        ObjectNode expected = request.deepCopy();
        expected.remove("auth");
        assertThat(badge.toJson()).isEqualTo(expected);
        assertThat(badge.toJson().get("title").isTextual()).isTrue();
        assertThat(badge.toJson().get("value").isTextual()).isTrue();
        assertThat(badge.toJson().has("auth")).isFalse();
    }

    @Test
    void addResponseBadgeRoundTrips() {
        JsonNode badgeJson = seed("003-crm.activity.badge.add-success.json").path("result").path("badge");
        Badge badge = Badge.fromJson(badgeJson);

        assertThat(badge.toJson()).isEqualTo(badgeJson);
        assertThat(fieldNames(badge.toJson())).containsExactly("code", "title", "value", "type");
    }

    @Test
    void getResponseBadgeWithRussianTextsRoundTrips() {
        JsonNode badgeJson = seed("002-crm.activity.badge.get-success.json").path("result").path("badge");
        Badge badge = Badge.fromJson(badgeJson);

        assertThat(badge.title().forLanguage("ru")).isEqualTo("Статус звонка");
        assertThat(badge.value().forLanguage("en")).isEqualTo("Пропущен");
        assertThat(badge.toJson()).isEqualTo(badgeJson);
    }

    @Test
    void languageMapsStayMapsInTheSameKeyOrder() {
        String text = "{\"code\":\"alarm\",\"title\":{\"en\":\"Alarm\",\"de\":\"Achtung\"},"
                + "\"value\":{\"de\":\"ACHTUNG\",\"ru\":\"ТРЕВОГА\",\"en\":\"ALARM\"},\"type\":\"warning\"}";
        JsonNode json = Json.parse(text);
        Badge badge = Badge.fromJson(json);

        assertThat(badge.title()).isInstanceOf(LocalizedText.PerLanguage.class);
        ObjectNode back = badge.toJson();
        assertThat(back).isEqualTo(json);
        assertThat(back.get("title").isObject()).isTrue();
        assertThat(fieldNames(back.get("title"))).containsExactly("en", "de");
        assertThat(fieldNames(back.get("value"))).containsExactly("de", "ru", "en");
        // ObjectNode.equals ignores order; the written text does not
        assertThat(Json.write(back)).isEqualTo(text);
    }

    @Test
    void toJsonWritesExactlyTheFourFieldsInWireOrder() {
        Badge badge = new Badge("c1", LocalizedText.of("T"), LocalizedText.of(Map.of("en", "V")), BadgeType.PRIMARY);
        assertThat(Json.write(badge.toJson()))
                .isEqualTo("{\"code\":\"c1\",\"title\":\"T\",\"value\":{\"en\":\"V\"},\"type\":\"primary\"}");
    }

    @Test
    void everyTypeRoundTripsByItsWireName() {
        for (BadgeType type : BadgeType.values()) {
            Badge badge = new Badge("c", LocalizedText.of("t"), LocalizedText.of("v"), type);
            assertThat(Badge.fromJson(badge.toJson())).isEqualTo(badge);
        }
        assertThat(BadgeType.fromWire("secondary")).contains(BadgeType.SECONDARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Failure", "FAILURE", "danger", ""})
    void unknownOrMiscasedTypeIsRefused(String type) {
        JsonNode json = Json.parse("{\"code\":\"c\",\"title\":\"t\",\"value\":\"v\",\"type\":\"" + type + "\"}");
        assertThatThrownBy(() -> Badge.fromJson(json)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"title\":\"t\",\"value\":\"v\",\"type\":\"success\"}",
            "{\"code\":5,\"title\":\"t\",\"value\":\"v\",\"type\":\"success\"}",
            "{\"code\":\"c\",\"value\":\"v\",\"type\":\"success\"}",
            "{\"code\":\"c\",\"title\":42,\"value\":\"v\",\"type\":\"success\"}",
            "{\"code\":\"c\",\"title\":\"t\",\"value\":[\"v\"],\"type\":\"success\"}",
            "[]"})
    void malformedBadgesAreRefused(String text) {
        JsonNode json = Json.parse(text);
        assertThatThrownBy(() -> Badge.fromJson(json)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> Badge.fromJson(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withCodeKeepsEverythingElse() {
        Badge badge = Badge.fromJson(seed("003-crm.activity.badge.add-success.json").path("result").path("badge"));
        Badge copy = badge.withCode("missedCall2");
        assertThat(copy.code()).isEqualTo("missedCall2");
        assertThat(copy.title()).isEqualTo(badge.title());
        assertThat(copy.value()).isEqualTo(badge.value());
        assertThat(copy.type()).isEqualTo(badge.type());
    }
}
