package org.badgemanager.badgesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Set;
import org.badgemanager.badges.Badge;
import org.badgemanager.bitrix.Json;

/**
 * The JSON badge-set file: {@code {"format": "badge-manager/badges", "version": 1, "badges": [...]}}, each badge
 * exactly as the portal stores it ({@code code}, {@code type}, {@code title}, {@code value}; a text is one string
 * or a map of language id to string). Schema: {@code docs/badge-set.schema.json}; the checks themselves are in
 * {@link BadgeSetChecks}, shared with the CSV reader.
 */
public final class BadgeSetJson {
    public static final String FORMAT = "badge-manager/badges";
    public static final int VERSION = 1;
    /** Optional, informational top-level fields the app writes; never read back into badges. */
    static final Set<String> INFO_FIELDS = Set.of("source", "exportedAt");

    private BadgeSetJson() {
    }

    /** Parses and checks a whole file; every problem is reported with its line and field. */
    public static BadgeSet parse(String text) throws InvalidBadgeSetException {
        LocatedJson quick = LocatedJson.quick(text);
        if (quick != null) {
            try {
                return check(quick);
            } catch (InvalidBadgeSetException withoutLines) {
                // read again, this time keeping every value's line, to say where each problem is
            }
        }
        return check(LocatedJson.parse(text));
    }

    private static BadgeSet check(LocatedJson json) throws InvalidBadgeSetException {
        BadgeSetChecks checks = new BadgeSetChecks();
        checks.addAll(json.duplicateKeys());
        JsonNode root = json.root();
        if (!(root instanceof ObjectNode top)) {
            checks.add(FileProblem.at(1, "", "badgeset.problem.notObject"));
            throw checks.failure();
        }
        checkHeader(top, json, checks);
        JsonNode badges = top.get("badges");
        if (badges == null || !badges.isArray()) {
            checks.add(FileProblem.at(json.lineOf("/badges"), "badges", "badgeset.problem.badgesMissing"));
            throw checks.failure();
        }
        for (int i = 0; i < badges.size(); i++) {
            checks.badge(badges.get(i), json, "/badges/" + i);
        }
        return checks.result();
    }

    private static void checkHeader(ObjectNode top, LocatedJson json, BadgeSetChecks checks) {
        JsonNode format = top.get("format");
        if (format == null) {
            checks.add(FileProblem.at(1, "format", "badgeset.problem.formatMissing", FORMAT));
        } else if (!FORMAT.equals(format.asText()) || !format.isTextual()) {
            checks.add(FileProblem.at(json.lineOf("/format"), "format", "badgeset.problem.formatWrong",
                    format.toString(), FORMAT));
        }
        JsonNode version = top.get("version");
        if (version == null || !version.isIntegralNumber()) {
            checks.add(FileProblem.at(version == null ? 1 : json.lineOf("/version"), "version",
                    "badgeset.problem.versionMissing", VERSION));
        } else if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(VERSION)) > 0) {
            checks.add(FileProblem.at(json.lineOf("/version"), "version", "badgeset.problem.versionNewer",
                    version.asText(), VERSION));
        } else if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(VERSION)) < 0) {
            checks.add(FileProblem.at(json.lineOf("/version"), "version", "badgeset.problem.versionWrong",
                    version.asText(), VERSION));
        }
        top.fieldNames().forEachRemaining(name -> {
            if (!name.equals("format") && !name.equals("version") && !name.equals("badges")) {
                if (!INFO_FIELDS.contains(name)) {
                    checks.add(FileProblem.at(json.lineOf("/" + LocatedJson.escape(name)), name,
                            "badgeset.problem.unknownField", name));
                } else if (!top.get(name).isTextual()) {
                    checks.add(FileProblem.at(json.lineOf("/" + LocatedJson.escape(name)), name,
                            "badgeset.problem.notText"));
                }
            }
        });
    }

    /** The file's text: pretty-printed, badges in the set's order, a newline at the end (diff-friendly in git). */
    public static String format(BadgeSet set) {
        return format(set, null);
    }

    /** @param source where the set came from (a portal's address, never a webhook URL), or null */
    public static String format(BadgeSet set, String source) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (source != null) {
            root.put("source", source);
        }
        ArrayNode badges = root.putArray("badges");
        for (Badge badge : set.badges()) {
            ObjectNode node = badges.addObject();
            node.put("code", badge.code());
            node.put("type", badge.type().wireName());
            node.set("title", badge.title().toJson());
            node.set("value", badge.value().toJson());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return Json.mapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
