package org.badgemanager.badges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The portal's rules for a badge, checked before any call so that nothing invalid is ever sent.
 * Each problem names the field and a message key of the resource bundle.
 */
public final class BadgeValidator {
    public static final int MAX_CODE_LENGTH = 30;
    /** The portal stores a title or value JSON-encoded in a VARCHAR(4000). */
    public static final int MAX_TEXT_JSON_LENGTH = 4000;
    private static final Pattern CODE_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");

    public enum Field { CODE, TITLE, VALUE }

    public record Problem(Field field, String messageKey, String language) {
    }

    private BadgeValidator() {
    }

    public static List<Problem> validateCode(String code) {
        List<Problem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(new Problem(Field.CODE, "validation.code.required", null));
        } else if (code.length() > MAX_CODE_LENGTH) {
            problems.add(new Problem(Field.CODE, "validation.code.tooLong", null));
        } else if (!CODE_CHARACTERS.matcher(code).matches()) {
            problems.add(new Problem(Field.CODE, "validation.code.characters", null));
        }
        return problems;
    }

    public static List<Problem> validateText(Field field, LocalizedText text) {
        List<Problem> problems = new ArrayList<>();
        if (text instanceof LocalizedText.Plain plain) {
            if (plain.text().isBlank()) {
                problems.add(new Problem(field, "validation.text.required", null));
            }
        } else if (text instanceof LocalizedText.PerLanguage perLanguage) {
            if (perLanguage.texts().isEmpty()) {
                problems.add(new Problem(field, "validation.text.noLanguage", null));
            }
            for (Map.Entry<String, String> e : perLanguage.texts().entrySet()) {
                if (!Languages.isKnown(e.getKey())) {
                    problems.add(new Problem(field, "validation.text.unknownLanguage", e.getKey()));
                } else if (e.getValue() == null || e.getValue().isBlank()) {
                    problems.add(new Problem(field, "validation.text.languageEmpty", e.getKey()));
                }
            }
        }
        if (problems.isEmpty() && storedLength(text) > MAX_TEXT_JSON_LENGTH) {
            problems.add(new Problem(field, "validation.text.tooLong", null));
        }
        if (problems.isEmpty() && hasControlCharacters(text)) {
            problems.add(new Problem(field, "validation.text.controlCharacters", null));
        }
        return problems;
    }

    public static List<Problem> validate(Badge badge) {
        List<Problem> problems = new ArrayList<>(validateCode(badge.code()));
        problems.addAll(validateText(Field.TITLE, badge.title()));
        problems.addAll(validateText(Field.VALUE, badge.value()));
        return problems;
    }

    /**
     * Length of the JSON the portal stores: its encoder writes {@code " & ' < >} as six-character
     * {@code \\u00XX} escapes and {@code /} as {@code \\/}, so they count more than Jackson's output.
     */
    static int storedLength(LocalizedText text) {
        String json = text.toJson().toString();
        int length = json.length();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '&' || c == '\'' || c == '<' || c == '>') {
                length += 5;
            } else if (c == '/') {
                length += 1;
            }
        }
        // Jackson already writes a quote inside a text as a two-character escape; the portal uses six
        return length + 4 * countEscapedQuotes(json);
    }

    private static int countEscapedQuotes(String json) {
        int count = 0;
        for (int i = json.indexOf("\\\""); i >= 0; i = json.indexOf("\\\"", i + 2)) {
            count++;
        }
        return count;
    }

    private static boolean hasControlCharacters(LocalizedText text) {
        String all = text.toJson().isTextual() ? text.toJson().asText() : String.join("", ((LocalizedText.PerLanguage) text).texts().values());
        return all.chars().anyMatch(c -> Character.isISOControl(c));
    }
}
