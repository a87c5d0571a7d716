package org.badgemanager.badgesets;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One problem of a badge-set file, where it is: the line (1-based; 0 when the file as a whole is meant), and the
 * field as a path ({@code badges[2].title.ru}, {@code code} for a CSV column). The words come from the app's
 * resource bundle ({@code messageKey} with {@code args}), so the window and the command line say the same thing
 * in English or Russian.
 */
public record FileProblem(int line, String field, String messageKey, List<Object> args) {

    public FileProblem {
        args = List.copyOf(args);
    }

    public static FileProblem at(int line, String field, String messageKey, Object... args) {
        return new FileProblem(line, field, messageKey, List.of(args));
    }

    /** "Line 12, badges[2].title: Enter a text." in the bundle's language. */
    public String describe(ResourceBundle bundle) {
        String message = format(bundle, messageKey, args.toArray());
        boolean hasField = field != null && !field.isEmpty();
        String key = line <= 0 ? "badgeset.problem.inFile"
                : hasField ? "badgeset.problem.atLineField" : "badgeset.problem.atLine";
        // the line as text: a number would be shown with a thousands separator (1,234)
        return format(bundle, key, String.valueOf(line), hasField ? field : "", message);
    }

    /** The same in English (logs, exceptions, tests). */
    public String describe() {
        return describe(BadgeSetMessages.bundle(Locale.ROOT));
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
