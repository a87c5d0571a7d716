package org.badgemanager.badgesets;

import java.util.Locale;
import java.util.ResourceBundle;

/** The app's resource bundle, for words that leave this package (problems, report lines). */
public final class BadgeSetMessages {
    /** Same bundle as the window's {@code ui.common.Messages}: one set of words in both languages. */
    public static final String BUNDLE = "org.badgemanager.i18n.messages";

    private BadgeSetMessages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
