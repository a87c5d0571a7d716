package org.badgemanager.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The latest REST calls received, in the order they were answered: a ring buffer of at most {@code capacity}
 * entries that also drops the oldest while the kept parameters weigh more than {@link #MAX_WEIGHT}, so neither
 * many requests nor large ones can fill the heap. Parameters are kept as {@link RecordedParams} copies.
 */
final class RequestLog {

    /** About 64 MB of recorded parameters. */
    static final long MAX_WEIGHT = 64L * 1024 * 1024;

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long weight;

    RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records a call; its parameters are copied (and cut down if large), the request's own stay untouched. */
    void add(RecordedRequest request) {
        RecordedParams kept = RecordedParams.of(request.params());
        RecordedRequest entry = new RecordedRequest(request.method(), request.httpMethod(), request.path(),
                kept.params(), request.status(), request.errorCode(), request.receivedAt());
        synchronized (this) {
            entries.addLast(new Entry(entry, kept.weight()));
            weight += kept.weight();
            while (entries.size() > capacity || (weight > MAX_WEIGHT && entries.size() > 1)) {
                weight -= entries.removeFirst().weight();
            }
        }
    }

    synchronized List<RecordedRequest> all() {
        return entries.stream().map(Entry::request).toList();
    }

    synchronized List<RecordedRequest> byMethod(String method) {
        String name = MethodNames.normalize(method);
        return entries.stream().map(Entry::request).filter(r -> r.method().equals(name)).toList();
    }

    synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    private record Entry(RecordedRequest request, long weight) {
    }
}
