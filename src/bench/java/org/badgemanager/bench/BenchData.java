package org.badgemanager.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgemanager.bitrix.Json;

/** Realistic synthetic data: badges with en/ru maps or plain strings, as a portal sends them. */
final class BenchData {
    private static final String[] TYPES = {"success", "failure", "warning", "primary", "secondary"};

    private BenchData() {
    }

    static ObjectNode badge(int i) {
        ObjectNode badge = Json.object().put("code", "badge" + i).put("type", TYPES[i % TYPES.length]);
        if (i % 3 == 0) {
            badge.put("title", "Status " + i).put("value", "Value " + i);
        } else {
            badge.putObject("title").put("en", "Status & more " + i).put("ru", "Статус " + i);
            badge.putObject("value").put("en", "Value " + i).put("ru", "Значение " + i);
        }
        return badge;
    }

    static ObjectNode badgeListAnswer(int count) {
        ObjectNode answer = Json.object();
        ArrayNode badges = answer.putObject("result").putArray("badges");
        for (int i = 0; i < count; i++) {
            badges.add(badge(i));
        }
        answer.put("total", count);
        answer.putObject("time").put("start", 1.0).put("finish", 1.1);
        return answer;
    }
}
