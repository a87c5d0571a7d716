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

    /** {@code wholes}: the values as whole numbers when the field is numeric and every value is one, else null. */
    private record Condition(String field, Op op, List<JsonNode> values, long[] wholes) {
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
        return matches(FieldReader.of(fields));
    }

    boolean matches(FieldReader fields) {
        for (Condition condition : conditions) {
            if (!holds(condition, fields)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lowest id a matching row can have, from {@code >ID}, {@code >=ID} or {@code ID} conditions (keyset
     * paging): a list ordered by id starts there instead of at the first row. 1 when the filter names no bound.
     */
    long lowestId() {
        long lowest = 1;
        for (Condition c : conditions) {
            if (!c.field().equals("ID") || c.wholes() == null || c.wholes().length != 1) {
                continue;
            }
            long value = c.wholes()[0];
            switch (c.op()) {
                case GT -> lowest = Math.max(lowest, value + 1);
                case GE, EQ -> lowest = Math.max(lowest, value);
                default -> { }
            }
        }
        return lowest;
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
        String name = ActivityFields.normalize(field);
        List<JsonNode> values = Params.elements(value);
        return new Condition(name, op, values, ActivityFields.isNumeric(name) ? wholes(values) : null);
    }

    private static long[] wholes(List<JsonNode> values) {
        long[] wholes = new long[values.size()];
        for (int i = 0; i < wholes.length; i++) {
            JsonNode v = values.get(i);
            wholes[i] = v.isIntegralNumber() && v.canConvertToLong() ? v.longValue()
                    : v.isTextual() ? FieldReader.parseWhole(v.textValue().trim()) : FieldReader.NO_NUMBER;
            if (wholes[i] == FieldReader.NO_NUMBER) {
                return null;
            }
        }
        return wholes;
    }

    private static boolean holds(Condition condition, FieldReader fields) {
        if (!fields.has(condition.field())) {
            return true;
        }
        if (condition.wholes() != null && condition.op() != Op.LIKE) {
            long actual = fields.whole(condition.field());
            if (actual != FieldReader.NO_NUMBER) {
                return holdsWhole(condition, actual);
            }
        }
        String text = fields.text(condition.field());
        boolean numeric = ActivityFields.isNumeric(condition.field());
        return switch (condition.op()) {
            case IN -> condition.values().stream().anyMatch(v -> compare(text, v, numeric) == 0);
            case NOT_IN -> condition.values().stream().noneMatch(v -> compare(text, v, numeric) == 0);
            case LIKE -> text != null && !condition.values().isEmpty() && text.toLowerCase(Locale.ROOT)
                    .contains(scalar(condition.values().get(0)).toLowerCase(Locale.ROOT));
            default -> compareOne(condition, text, numeric);
        };
    }

    /** The fast path for whole numbers on both sides: no text, no BigDecimal. */
    private static boolean holdsWhole(Condition condition, long actual) {
        long[] wanted = condition.wholes();
        switch (condition.op()) {
            case IN -> {
                for (long w : wanted) {
                    if (w == actual) {
                        return true;
                    }
                }
                return false;
            }
            case NOT_IN -> {
                for (long w : wanted) {
                    if (w == actual) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                if (wanted.length == 0) {
                    return true;
                }
                int cmp = Long.compare(actual, wanted[0]);
                return switch (condition.op()) {
                    case EQ -> cmp == 0;
                    case NE -> cmp != 0;
                    case GT -> cmp > 0;
                    case GE -> cmp >= 0;
                    case LT -> cmp < 0;
                    case LE -> cmp <= 0;
                    default -> false;
                };
            }
        }
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
