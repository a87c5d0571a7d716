package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an answer says about the methods' server time: the top-level {@code time.operating} for the method called
 * (for a batch: {@code batch}, which some portals bill the whole batch to), and for each command of a batch its
 * {@code result_time} entry: its method's {@code operating} sum where the portal gives one, else its
 * {@code duration} (or {@code processing}) as an estimate of what it cost.
 */
final class OperatingReadings {
    private OperatingReadings() {
    }

    static List<OperatingBudget.Reading> of(String method, BitrixResponse response, Map<String, String> commands) {
        List<OperatingBudget.Reading> readings = new ArrayList<>();
        if (commands != null && response.result() != null) {
            JsonNode times = response.result().path("result_time");
            commands.forEach((name, commandMethod) -> {
                JsonNode t = times.path(name);
                Double operating = number(t.get("operating"));
                if (operating != null) {
                    readings.add(new OperatingBudget.Reading(commandMethod, operating, null));
                } else {
                    Double charge = number(t.has("duration") ? t.get("duration") : t.get("processing"));
                    if (charge != null) {
                        readings.add(new OperatingBudget.Reading(commandMethod, null, charge));
                    }
                }
            });
        }
        JsonNode time = response.time();
        Double operating = time == null ? null : number(time.get("operating"));
        if (operating != null) {
            readings.add(new OperatingBudget.Reading(method, operating, null));
        }
        return readings;
    }

    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
