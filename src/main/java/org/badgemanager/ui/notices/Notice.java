package org.badgemanager.ui.notices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One thing the app told the user: an error (its Bitrix or app code, the description, one line of advice) or a
 * piece of information. Texts are already masked and worded for the user.
 */
public record Notice(Instant at, Kind kind, String title, String text, String advice) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public enum Kind { ERROR, INFO }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** Local time as the Messages panel shows it. */
    public String time() {
        return TIME.format(at);
    }

    /** Plain text for a support ticket: time, kind and code, then the description and the advice. */
    public String asText() {
        StringBuilder out = new StringBuilder().append(time()).append("  ").append(kind).append("  ").append(title)
                .append('\n').append(text);
        if (advice != null && !advice.isBlank()) {
            out.append('\n').append(advice);
        }
        return out.append('\n').toString();
    }
}
