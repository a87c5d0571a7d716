package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code filter} of crm.activity.list: keys are an optional operator prefix plus a field name
 * ({@code ">=ID"}, {@code "@TYPE_ID"}, {@code "!COMPLETED"}); all conditions must hold.
 * Keys naming fields an activity does not have are ignored, as the portal does.
 */
final class ActivityFilter {

    private enum Op { EQ, NE, GT, GE, LT, LE, IN, NOT_IN, LIKE }

    /** Longest prefixes first so ">=" is not read as ">". */
    private static final List<Map.Entry<String, Op>> PREFIXES = List.of(
            Map.entry(">=", Op.GE), Map.entry("<=", Op.LE), Map.entry("!@", Op.NOT_IN), Map.entry("!=", Op.NE),
            Map.entry(">", Op.GT), Map.entry("<", Op.LT), Map.entry("@", Op.IN), Map.entry("!", Op.NE),
            Map.entry("=", Op.EQ), Map.entry("%", Op.LIKE));

    private record Condition(String field, Op op, List<JsonNode> values) {
    }

    private final List<Condition> conditions;

    private ActivityFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    static ActivityFilter parse(JsonNode filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                conditions.add(condition(entry.getKey(), entry.getValue()));
            }
        }
        return new ActivityFilter(conditions);
    }

    boolean matches(ObjectNode fields) {
        return conditions.stream().allMatch(c -> holds(c, fields));
    }

    private static Condition condition(String key, JsonNode value) {
        Op op = Op.EQ;
        String field = key;
        for (Map.Entry<String, Op> prefix : PREFIXES) {
            if (key.startsWith(prefix.getKey())) {
                op = prefix.getValue();
                field = key.substring(prefix.getKey().length());
                break;
            }
        }
        // A list value turns plain equality into IN, as the portal does.
        if (value.isContainerNode()) {
            op = op == Op.NE ? Op.NOT_IN : op == Op.EQ ? Op.IN : op;
        }
        return new Condition(ActivityFields.normalize(field), op, Params.elements(value));
    }

    private static boolean holds(Condition condition, ObjectNode fields) {
        if (!fields.has(condition.field())) {
            return true;
        }
        JsonNode actual = fields.get(condition.field());
        String text = actual.isNull() ? null : actual.asText();
        boolean numeric = ActivityFields.isNumeric(condition.field());
        return switch (condition.op()) {
            case IN -> condition.values().stream().anyMatch(v -> compare(text, v, numeric) == 0);
            case NOT_IN -> condition.values().stream().noneMatch(v -> compare(text, v, numeric) == 0);
            case LIKE -> text != null && !condition.values().isEmpty() && text.toLowerCase(Locale.ROOT)
                    .contains(scalar(condition.values().get(0)).toLowerCase(Locale.ROOT));
            default -> compareOne(condition, text, numeric);
        };
    }

    private static boolean compareOne(Condition condition, String text, boolean numeric) {
        if (condition.values().isEmpty()) {
            return true;
        }
        Integer cmp = compare(text, condition.values().get(0), numeric);
        return switch (condition.op()) {
            case EQ -> cmp != null && cmp == 0;
            case NE -> cmp == null || cmp != 0;
            case GT -> cmp != null && cmp > 0;
            case GE -> cmp != null && cmp >= 0;
            case LT -> cmp != null && cmp < 0;
            case LE -> cmp != null && cmp <= 0;
            default -> false;
        };
    }

    /** actual compared to expected; null when they cannot be compared (null field, non-number). */
    private static Integer compare(String actual, JsonNode expected, boolean numeric) {
        if (actual == null || Params.isMissing(expected)) {
            return null;
        }
        String wanted = scalar(expected);
        if (!numeric) {
            return Integer.signum(actual.compareTo(wanted));
        }
        try {
            return new BigDecimal(actual.trim()).compareTo(new BigDecimal(wanted.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** JSON booleans mean Y/N, the portal's encoding of flags such as COMPLETED. */
    private static String scalar(JsonNode node) {
        return node.isBoolean() ? (node.booleanValue() ? "Y" : "N") : node.asText();
    }
}
