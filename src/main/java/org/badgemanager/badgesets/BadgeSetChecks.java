package org.badgemanager.badgesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.BadgeValidator;
import org.badgemanager.badges.Languages;
import org.badgemanager.badges.LocalizedText;

/**
 * The checks of one file's badges, shared by the JSON and CSV readers: the badge form's rules
 * ({@link BadgeValidator}: code, languages, lengths) plus what only a file can get wrong (a missing or unknown
 * field, a type the portal does not have, a code used twice). Collects every problem instead of stopping at the
 * first.
 */
final class BadgeSetChecks {
    private static final Set<String> BADGE_FIELDS = Set.of("code", "type", "title", "value");
    static final String TYPES = Arrays.stream(BadgeType.values()).map(BadgeType::wireName)
            .collect(Collectors.joining(", "));

    /** Where a part of one badge is: its line, and its name as the user reads it. */
    interface Locator {
        /** @param path {@code ""} for the badge, {@code /code}, {@code /title}, {@code /title/ru}, ... */
        int line(String path);

        String field(String path);
    }

    private final List<FileProblem> problems = new ArrayList<>();
    private final List<Badge> badges = new ArrayList<>();
    private final Map<String, Integer> firstLineOfCode = new HashMap<>();

    void add(FileProblem problem) {
        problems.add(problem);
    }

    void addAll(List<FileProblem> more) {
        problems.addAll(more);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** JSON: the badge at this JSON pointer ({@code /badges/2}), each part on its own line of the file. */
    void badge(JsonNode node, LocatedJson json, String pointer) {
        badge(node, new Locator() {
            @Override
            public int line(String path) {
                return json.lineOf(pointer + path);
            }

            @Override
            public String field(String path) {
                return LocatedJson.fieldOf(pointer + path);
            }
        });
    }

    /** Checks one badge node; a badge without problems is kept for the result. */
    void badge(JsonNode node, Locator at) {
        if (!(node instanceof ObjectNode badge)) {
            add(FileProblem.at(at.line(""), at.field(""), "badgeset.problem.badgeNotObject"));
            return;
        }
        int before = problems.size();
        badge.fieldNames().forEachRemaining(name -> {
            if (!BADGE_FIELDS.contains(name)) {
                String path = "/" + LocatedJson.escape(name);
                add(FileProblem.at(at.line(path), at.field(path), "badgeset.problem.unknownField", name));
            }
        });
        String code = code(badge.get("code"), at);
        BadgeType type = type(badge.get("type"), at);
        LocalizedText title = text(badge.get("title"), "/title", BadgeValidator.Field.TITLE, at);
        LocalizedText value = text(badge.get("value"), "/value", BadgeValidator.Field.VALUE, at);
        if (code != null) {
            Integer first = firstLineOfCode.putIfAbsent(code, at.line("/code"));
            if (first != null) {
                add(FileProblem.at(at.line("/code"), at.field("/code"), "badgeset.problem.duplicateCode", code,
                        String.valueOf(first)));
                return;
            }
        }
        if (problems.size() == before && code != null && type != null && title != null && value != null) {
            badges.add(new Badge(code, title, value, type));
        }
    }

    private String code(JsonNode node, Locator at) {
        if (node == null) {
            add(FileProblem.at(at.line(""), at.field("/code"), "validation.code.required", "",
                    BadgeValidator.MAX_CODE_LENGTH));
            return null;
        }
        if (!node.isTextual()) {
            add(FileProblem.at(at.line("/code"), at.field("/code"), "badgeset.problem.notText"));
            return null;
        }
        List<BadgeValidator.Problem> found = BadgeValidator.validateCode(node.asText());
        found.forEach(p -> add(FileProblem.at(at.line("/code"), at.field("/code"), p.messageKey(), "",
                BadgeValidator.MAX_CODE_LENGTH)));
        return found.isEmpty() ? node.asText() : null;
    }

    private BadgeType type(JsonNode node, Locator at) {
        if (node == null) {
            add(FileProblem.at(at.line(""), at.field("/type"), "badgeset.problem.typeMissing", TYPES));
            return null;
        }
        BadgeType type = node.isTextual() ? BadgeType.fromWire(node.asText()).orElse(null) : null;
        if (type == null) {
            add(FileProblem.at(at.line("/type"), at.field("/type"), "badgeset.problem.typeUnknown",
                    node.isTextual() ? node.asText() : node.toString(), TYPES));
        }
        return type;
    }

    private LocalizedText text(JsonNode node, String path, BadgeValidator.Field field, Locator at) {
        if (node == null) {
            add(FileProblem.at(at.line(""), at.field(path), "validation.text.required", "",
                    BadgeValidator.MAX_CODE_LENGTH));
            return null;
        }
        LocalizedText text;
        if (node.isTextual()) {
            text = LocalizedText.of(node.asText());
        } else if (node instanceof ObjectNode map) {
            Map<String, String> texts = new LinkedHashMap<>();
            boolean shapeOk = true;
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                if (!e.getValue().isTextual()) {
                    String lp = path + "/" + LocatedJson.escape(e.getKey());
                    add(FileProblem.at(at.line(lp), at.field(lp), "badgeset.problem.notText"));
                    shapeOk = false;
                } else {
                    texts.put(e.getKey(), e.getValue().asText());
                }
            }
            if (!shapeOk) {
                return null;
            }
            text = LocalizedText.of(texts);
        } else {
            add(FileProblem.at(at.line(path), at.field(path), "badgeset.problem.textShape"));
            return null;
        }
        List<BadgeValidator.Problem> found = BadgeValidator.validateText(field, text);
        for (BadgeValidator.Problem p : found) {
            String where = p.language() == null ? path : path + "/" + LocatedJson.escape(p.language());
            add(FileProblem.at(at.line(where), at.field(where), p.messageKey(),
                    p.language() == null ? "" : Languages.nameOf(p.language()), BadgeValidator.MAX_CODE_LENGTH));
        }
        return found.isEmpty() ? text : null;
    }

    InvalidBadgeSetException failure() {
        List<FileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(FileProblem::line));
        return new InvalidBadgeSetException(sorted);
    }

    BadgeSet result() throws InvalidBadgeSetException {
        if (hasProblems()) {
            throw failure();
        }
        return new BadgeSet(badges);
    }
}
