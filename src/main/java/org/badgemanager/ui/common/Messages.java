package org.badgemanager.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words, from one resource bundle ({@code i18n/messages}), in English or Russian. */
public final class Messages {
    public static final String BUNDLE = "org.badgemanager.i18n.messages";
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        // Root fallback is English; don't drift to the JVM's default locale for unknown languages.
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The UI language id in Bitrix terms ("en", "ru"), for picking texts from a badge's language map. */
    public String language() {
        String lang = bundle.getLocale().getLanguage();
        return lang.isEmpty() ? "en" : lang;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
