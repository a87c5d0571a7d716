package org.badgemanager.ui.activities;

import org.badgemanager.ui.common.Messages;

/** A number of seconds the way people say it: "45 s", "3 min 05 s", "1 h 20 min". */
final class Durations {
    private Durations() {
    }

    static String words(double seconds, Messages messages) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return messages.get("time.seconds", s);
        }
        if (s < 3600) {
            return messages.get("time.minutes", s / 60, String.format("%02d", s % 60));
        }
        return messages.get("time.hours", s / 3600, String.format("%02d", s / 60 % 60));
    }

    /** A countdown as a clock shows it: "0:42", "12:05", "1:02:03". */
    static String clock(double seconds) {
        long s = Math.max(0, (long) Math.ceil(seconds));
        return s < 3600 ? String.format("%d:%02d", s / 60, s % 60)
                : String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
