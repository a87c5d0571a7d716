package org.badgemanager.diagnostics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.badgemanager.bitrix.RequestLog;

/** The request log as plain text, one call per line and its masked parameters under it. */
public final class RequestLogText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private RequestLogText() {
    }

    public static String of(List<RequestLog.Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (RequestLog.Entry e : entries) {
            out.append(line(e)).append('\n');
            if (e.params() != null && !e.params().isEmpty()) {
                out.append("    ").append(e.params()).append('\n');
            }
        }
        return out.toString();
    }

    /** time, method, HTTP status, Bitrix code ("ok" when none), duration, operating time, retries. */
    public static String line(RequestLog.Entry e) {
        return String.join("  ", TIME.format(e.at()), e.method(), "HTTP " + e.httpStatus(),
                e.ok() ? "ok" : e.code(), e.took().toMillis() + " ms",
                "operating " + (e.operating() == null ? "-" : e.operating() + " s"), "retries " + e.retries());
    }
}
