package org.badgemanager.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The command line's words, English and Russian (by the default locale, which Java takes from {@code LANG}): the
 * {@code --help} texts picocli reads and the lines the commands print. One bundle, so a test can check that both
 * languages have every key.
 */
public final class Texts {
    public static final String BUNDLE = "org.badgemanager.cli.CliMessages";
    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts forDefaultLocale() {
        return new Texts(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /**
     * By the POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG), else Java's default locale. Java alone
     * falls back to English when the named locale is not installed (a CI image, a container), which would make
     * {@code LANG=ru_RU.UTF-8} print English help.
     */
    public static Texts forEnvironment(Function<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                String language = value.split("[_.@]", 2)[0].toLowerCase(Locale.ROOT);
                if (language.equals("c") || language.equals("posix")) {
                    break;
                }
                return new Texts(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
            }
        }
        return forDefaultLocale();
    }

    /** The window's words (badge-set problems, apply reasons) in the same language as these. */
    public ResourceBundle appWords() {
        return org.badgemanager.badgesets.BadgeSetMessages.bundle(
                "en".equals(language()) ? Locale.ROOT : Locale.forLanguageTag(language()));
    }

    /** The language these texts are in ("en" or "ru"), also the one badge texts are shown in where they have it. */
    public String language() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        // always through MessageFormat, so that every printed text writes an apostrophe the same way (doubled)
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
