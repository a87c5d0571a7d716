package org.badgemanager.bitrix;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The most recent calls, for the Request log panel and diagnostics: a ring buffer, so a long session cannot grow
 * it. An entry's text (its {@code toString}, its parameters) is masked; only its {@link SentRequest} holds the
 * request as sent, for a cURL copy the admin chose to reveal. One log can listen to many clients
 * ({@link CallListener}): the session keeps one across connections.
 */
public final class RequestLog implements CallListener {
    /**
     * One HTTP call. {@code params}: the JSON sent, secrets masked, cut to {@link #PARAMS_SHOWN} characters;
     * {@code operating}: the portal's {@code time.operating} in seconds, null when it did not say (errors);
     * {@code sent}: for Copy as cURL, null for entries made without one.
     */
    public record Entry(Instant at, String method, int attempt, int httpStatus, String code, Duration took,
                        String params, Double operating, SentRequest sent) {
        public Entry(Instant at, String method, int attempt, int httpStatus, String code, Duration took) {
            this(at, method, attempt, httpStatus, code, took, "", null, null);
        }

        public boolean ok() {
            return code == null;
        }

        /** How many times this call had been tried before this attempt. */
        public int retries() {
            return attempt - 1;
        }
    }

    static final int PARAMS_SHOWN = 4000;
    private static final System.Logger LOG = System.getLogger("org.badgemanager.rest");
    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final List<Consumer<Entry>> watchers = new CopyOnWriteArrayList<>();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    /** Recorded, written to the application log, and passed on to whoever watches (the panel). */
    @Override
    public void called(Entry entry) {
        record(entry);
    }

    synchronized void record(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        LOG.log(entry.ok() ? System.Logger.Level.DEBUG : System.Logger.Level.INFO,
                "{0} attempt {1}: {2} in {3} ms", entry.method(), entry.attempt(),
                entry.ok() ? "ok" : "error '" + entry.code() + "' HTTP " + entry.httpStatus(), entry.took().toMillis());
        watchers.forEach(w -> w.accept(entry));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** {@code watcher} is told of each new entry, on the calling thread. */
    public void watch(Consumer<Entry> watcher) {
        watchers.add(watcher);
    }

    public void unwatch(Consumer<Entry> watcher) {
        watchers.remove(watcher);
    }

    static String shown(String maskedParams) {
        return maskedParams.length() <= PARAMS_SHOWN ? maskedParams
                : maskedParams.substring(0, PARAMS_SHOWN) + "\u2026 (" + maskedParams.length() + " characters)";
    }
}
