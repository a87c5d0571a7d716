package org.badgemanager.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Every REST call received, in the order they were answered. */
final class RequestLog {

    private final List<RecordedRequest> entries = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        entries.add(request);
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    synchronized List<RecordedRequest> byMethod(String method) {
        String name = MethodNames.normalize(method);
        return entries.stream().filter(r -> r.method().equals(name)).toList();
    }

    synchronized void clear() {
        entries.clear();
    }
}
