package org.badgemanager.bitrix;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent calls, for a log view and diagnostics. It records method names and outcomes only, never
 * URLs or parameters, so no webhook code or token can end up in it.
 */
public final class RequestLog {
    public record Entry(Instant at, String method, int attempt, int httpStatus, String code, Duration took) {
        public boolean ok() {
            return code == null;
        }
    }

    private static final System.Logger LOG = System.getLogger("org.badgemanager.rest");
    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        LOG.log(entry.ok() ? System.Logger.Level.DEBUG : System.Logger.Level.INFO,
                "{0} attempt {1}: {2} in {3} ms", entry.method(), entry.attempt(),
                entry.ok() ? "ok" : "error '" + entry.code() + "' HTTP " + entry.httpStatus(), entry.took().toMillis());
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
