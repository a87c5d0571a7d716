package org.badgemanager.badgesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.badgemanager.badges.BadgeValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.bitrix.Json;

/**
 * The translators' CSV: {@code code,type,language,title,value}, one row per badge and language. A text kept as
 * one string for every language is on a row with an empty language; a per-language text is on rows with a
 * language id. Since the portal takes no empty text, an empty cell means "not in this row", which makes the
 * shape (one text or per language) survive the round trip: see {@code docs/badge-sets.md}. The rows of a badge
 * need not be next to each other; badges keep the order of their first row.
 */
public final class BadgeSetCsv {
    public static final List<String> HEADER = List.of("code", "type", "language", "title", "value");
    private static final CsvMapper MAPPER = new CsvMapper();

    private BadgeSetCsv() {
    }

    /** One row as read, with its line (of its first character: a quoted cell may span lines). */
    private record Row(int line, String code, String type, String language, String title, String value) {
    }

    public static BadgeSet parse(String text) throws InvalidBadgeSetException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a spreadsheet's byte order mark
        BadgeSetChecks checks = new BadgeSetChecks();
        List<Row> rows = rows(body, checks);
        Map<String, List<Row>> byCode = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.code().isEmpty()) {
                checks.add(FileProblem.at(row.line(), "code", "validation.code.required", "",
                        BadgeValidator.MAX_CODE_LENGTH));
            } else {
                byCode.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(row);
            }
        }
        byCode.values().forEach(group -> badge(group, checks));
        return checks.result();
    }

    private static List<Row> rows(String body, BadgeSetChecks checks) throws InvalidBadgeSetException {
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(body)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            boolean header = true;
            parser.nextToken(); // the array of all rows (WRAP_AS_ARRAY); each row is an array inside it
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = 0;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr(); // the row's own array token lags
                    }
                    cells.add(parser.getText());
                }
                if (header) {
                    header = false;
                    if (!cells.equals(HEADER)) {
                        checks.add(FileProblem.at(line, "", "badgeset.problem.csvHeader", String.join(",", HEADER)));
                        throw checks.failure();
                    }
                } else if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue; // an empty line
                } else if (cells.size() != HEADER.size()) {
                    checks.add(FileProblem.at(line, "", "badgeset.problem.csvColumns", cells.size()));
                } else {
                    rows.add(new Row(line, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4)));
                }
            }
            if (header) {
                checks.add(FileProblem.at(0, "", "badgeset.problem.empty"));
                throw checks.failure();
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            checks.add(FileProblem.at(line, "", "badgeset.problem.notCsv", LocatedJson.withoutSource(e.getOriginalMessage())));
            throw checks.failure();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        return rows;
    }

    /** One badge's rows, turned into the JSON shape and checked like a JSON file's badge. */
    private static void badge(List<Row> group, BadgeSetChecks checks) {
        Row first = group.get(0);
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("", first.line());
        lines.put("/code", first.line());
        lines.put("/type", first.line());
        boolean ok = true;
        Set<String> languages = new LinkedHashSet<>();
        for (Row row : group) {
            if (!row.type().equals(first.type())) {
                checks.add(FileProblem.at(row.line(), "type", "badgeset.problem.csvTypeMismatch",
                        String.valueOf(first.line())));
                ok = false;
            }
            if (!languages.add(row.language())) {
                checks.add(FileProblem.at(row.line(), "language", "badgeset.problem.csvLanguageTwice",
                        row.language().isEmpty() ? "\u2014" : row.language()));
                ok = false;
            }
        }
        ObjectNode node = Json.object();
        node.put("code", first.code());
        if (!first.type().isEmpty()) {
            node.put("type", first.type());
        }
        ok &= text(group, "title", Row::title, node, lines, checks);
        ok &= text(group, "value", Row::value, node, lines, checks);
        if (!ok) {
            return;
        }
        checks.badge(node, new BadgeSetChecks.Locator() {
            @Override
            public int line(String path) {
                return lines.getOrDefault(path, first.line());
            }

            @Override
            public String field(String path) {
                String[] parts = path.substring(Math.min(1, path.length())).split("/");
                return parts.length == 2 ? parts[0] + " (" + parts[1] + ")" : parts[0];
            }
        });
    }

    /** Puts the title or value into the badge node: one text, or a language map; false on a mix of both. */
    private static boolean text(List<Row> group, String field, java.util.function.Function<Row, String> cell,
                                ObjectNode node, Map<String, Integer> lines, BadgeSetChecks checks) {
        Row plain = null;
        Map<String, String> perLanguage = new LinkedHashMap<>();
        for (Row row : group) {
            String text = cell.apply(row);
            if (text.isEmpty()) {
                continue;
            }
            if (row.language().isEmpty()) {
                plain = row;
            } else {
                perLanguage.putIfAbsent(row.language(), text);
                lines.putIfAbsent("/" + field + "/" + LocatedJson.escape(row.language()), row.line());
                lines.putIfAbsent("/" + field, row.line());
            }
        }
        if (plain != null && !perLanguage.isEmpty()) {
            checks.add(FileProblem.at(plain.line(), field, "badgeset.problem.csvMixed"));
            return false;
        }
        if (plain != null) {
            node.put(field, cell.apply(plain));
            lines.put("/" + field, plain.line());
        } else if (!perLanguage.isEmpty()) {
            ObjectNode map = node.putObject(field);
            perLanguage.forEach(map::put);
        }
        return true;
    }

    public static String format(BadgeSet set) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Badge badge : set.badges()) {
            rows.addAll(rowsOf(badge));
        }
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rowsOf(Badge badge) {
        String code = badge.code();
        String type = badge.type().wireName();
        List<List<String>> rows = new ArrayList<>();
        String plainTitle = badge.title() instanceof LocalizedText.Plain p ? p.text() : "";
        String plainValue = badge.value() instanceof LocalizedText.Plain p ? p.text() : "";
        if (!plainTitle.isEmpty() || !plainValue.isEmpty()) {
            rows.add(List.of(code, type, "", plainTitle, plainValue));
        }
        for (String language : rowOrder(List.copyOf(badge.title().languages()),
                List.copyOf(badge.value().languages()))) {
            rows.add(List.of(code, type, language, textIn(badge.title(), language), textIn(badge.value(), language)));
        }
        return rows;
    }

    /**
     * The languages' rows in an order that keeps both texts' own orders (title en, ru and value ar, en give ar, en,
     * ru), so that reading the rows back rebuilds each map in its order. Only when the two orders contradict each
     * other (en, ru against ru, en) does the value follow the title's.
     */
    static List<String> rowOrder(List<String> title, List<String> value) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        int j = 0;
        while (i < title.size() && j < value.size()) {
            String t = title.get(i);
            String v = value.get(j);
            if (out.contains(t)) {
                i++;
            } else if (out.contains(v)) {
                j++;
            } else if (t.equals(v)) {
                out.add(t);
                i++;
                j++;
            } else if (!value.subList(j, value.size()).contains(t)) {
                out.add(t);
                i++;
            } else {
                out.add(v); // t comes later in the value: the value's languages before it go first
                j++;
            }
        }
        out.addAll(title.subList(i, title.size()));
        out.addAll(value.subList(j, value.size()));
        return List.copyOf(out);
    }

    private static String textIn(LocalizedText text, String language) {
        return text instanceof LocalizedText.PerLanguage map ? map.texts().getOrDefault(language, "") : "";
    }
}
