package org.badgemanager.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.IdParser;
import org.badgemanager.activities.IdSelection;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which activities: ids and ranges as the Activities tab reads them ({@link IdParser}), or the filters of its
 * search ({@link ActivityFilter}), or the badge they carry. Checked completely before anything is sent.
 */
final class ActivityCriteria {
    private static final Map<String, Integer> OWNER_TYPES = Map.of("lead", 1, "deal", 2, "contact", 3, "company", 4);
    private static final Map<String, Integer> TYPES = Map.of("meeting", 1, "call", 2, "task", 3, "email", 4,
            "e-mail", 4, "calendar", 5, "app", 6);

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "option.ids")
    List<String> ids = new ArrayList<>();

    @Option(names = "--ids-file", paramLabel = "FILE", descriptionKey = "option.idsFile")
    Path idsFile;

    @Option(names = "--owner-type", paramLabel = "TYPE", descriptionKey = "option.ownerType")
    String ownerType;

    @Option(names = "--owner-id", paramLabel = "ID", descriptionKey = "option.ownerId")
    Long ownerId;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.type")
    String type;

    @Option(names = "--provider", paramLabel = "PROVIDER_ID", descriptionKey = "option.provider")
    String provider;

    @Option(names = "--open", descriptionKey = "option.open")
    boolean open;

    @Option(names = "--completed", descriptionKey = "option.completed")
    boolean completed;

    @Option(names = "--responsible", paramLabel = "USER_ID", descriptionKey = "option.responsible")
    Long responsible;

    @Option(names = "--created-from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.createdFrom")
    String createdFrom;

    @Option(names = "--created-to", paramLabel = "YYYY-MM-DD", descriptionKey = "option.createdTo")
    String createdTo;

    @Option(names = "--badge", paramLabel = "CODE", descriptionKey = "option.badge")
    String badge;

    /** What was asked for, read and checked; throws {@link CliFailure} (exit 2) with every problem. */
    Selection read(Texts texts) {
        boolean byIds = !ids.isEmpty() || idsFile != null;
        boolean byFilter = ownerType != null || ownerId != null || type != null || provider != null
                || responsible != null || createdFrom != null || createdTo != null;
        if (open && completed) {
            throw bad(texts.get("criteria.openAndCompleted"));
        }
        if (byIds && (byFilter || badge != null || open || completed)) {
            throw bad(texts.get("criteria.idsAndFilters"));
        }
        if (badge != null && byFilter) {
            throw bad(texts.get("criteria.badgeAndFilters"));
        }
        if (byIds) {
            return new Selection(ids(texts), null, null, null);
        }
        if (badge != null) {
            if (badge.isBlank()) {
                throw bad(texts.get("criteria.emptyBadge"));
            }
            return new Selection(null, null, badge.strip(), open ? Boolean.FALSE : completed ? Boolean.TRUE : null);
        }
        if (!byFilter && !open && !completed) {
            throw bad(texts.get("criteria.nothing"));
        }
        return new Selection(null, filter(texts), null, null);
    }

    private List<Long> ids(Texts texts) {
        StringBuilder text = new StringBuilder(String.join(" ", ids));
        if (idsFile != null) {
            try {
                if (Files.size(idsFile) > IdParser.MAX_INPUT_CHARS * 4L) {
                    throw bad(texts.get("criteria.idsTooLong"));
                }
                text.append('\n').append(Files.readString(idsFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw bad(texts.get("criteria.idsFileUnreadable", idsFile, e.getMessage()));
            }
        }
        IdSelection selection = IdParser.parse(text.toString());
        List<String> problems = new ArrayList<>();
        switch (selection.limit()) {
            case INPUT_TOO_LONG -> problems.add(texts.get("criteria.idsTooLong"));
            case TOO_MANY_IDS -> problems.add(texts.get("criteria.tooManyIds", IdParser.MAX_IDS));
            default -> { }
        }
        for (IdSelection.Problem p : selection.problems()) {
            problems.add(texts.get("criteria.idProblem." + p.reason().name(), p.token(), p.line()));
        }
        if (selection.problemCount() > selection.problems().size()) {
            problems.add(texts.get("criteria.moreProblems", selection.problemCount() - selection.problems().size()));
        }
        if (problems.isEmpty() && selection.ids().isEmpty()) {
            problems.add(texts.get("criteria.noIds"));
        }
        if (!problems.isEmpty()) {
            throw bad(String.join(System.lineSeparator(), problems));
        }
        return selection.ids();
    }

    private ActivityFilter filter(Texts texts) {
        LocalDate from = date(createdFrom, texts);
        LocalDate to = date(createdTo, texts);
        if (from != null && to != null && from.isAfter(to)) {
            throw bad(texts.get("criteria.dates"));
        }
        if (ownerId != null && ownerId < 1 || responsible != null && responsible < 1) {
            throw bad(texts.get("criteria.positiveId"));
        }
        return new ActivityFilter(code(ownerType, OWNER_TYPES, 4, "--owner-type", texts), ownerId,
                code(type, TYPES, 6, "--type", texts), provider == null || provider.isBlank() ? null : provider.strip(),
                open ? Boolean.FALSE : completed ? Boolean.TRUE : null, responsible,
                from == null ? null : from + "T00:00:00", to == null ? null : to + "T23:59:59");
    }

    /** A name ("deal") or the CRM's number for it ("2"). */
    private static Integer code(String given, Map<String, Integer> names, int highest, String option, Texts texts) {
        if (given == null) {
            return null;
        }
        String key = given.strip().toLowerCase(Locale.ROOT);
        if (names.containsKey(key)) {
            return names.get(key);
        }
        if (key.matches("[1-9]\\d{0,2}") && Integer.parseInt(key) <= highest) {
            return Integer.parseInt(key);
        }
        throw bad(texts.get("criteria.unknownName", option, given,
                String.join(", ", names.keySet().stream().sorted().toList())));
    }

    private static LocalDate date(String text, Texts texts) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad(texts.get("criteria.badDate", text));
        }
    }

    private static CliFailure bad(String message) {
        return new CliFailure(ExitCodes.BAD_INPUT, message);
    }

    /** Exactly one of: ids, a filter, a badge code (with {@code completed}: null any, false open, true done). */
    record Selection(List<Long> ids, ActivityFilter filter, String badge, Boolean completed) {
    }
}
