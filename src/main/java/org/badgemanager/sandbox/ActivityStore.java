package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/** Activities by id. Not thread-safe: used only under the {@link PortalState} lock. */
final class ActivityStore {

    private final TreeMap<Long, ActivityRecord> byId = new TreeMap<>();
    private long nextId = 1;

    ActivityRecord add(ActivitySeed seed, ActivityAccess access) {
        long id = nextId++;
        ActivityRecord record = new ActivityRecord(id, seed.toFields(id), access);
        SeedCommunications.fill(record, seed);
        byId.put(id, record);
        return record;
    }

    /** An activity made by crm.activity.add: {@code fields} gets the new id. */
    ActivityRecord add(LongFunction<ObjectNode> fields, ActivityAccess access) {
        long id = nextId++;
        ActivityRecord record = new ActivityRecord(id, fields.apply(id), access);
        byId.put(id, record);
        return record;
    }

    Optional<ActivityRecord> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    ActivityRecord require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no activity with id " + id));
    }

    boolean remove(long id) {
        return byId.remove(id) != null;
    }

    int size() {
        return byId.size();
    }

    /** Live records in id order; callers must not keep them beyond the lock. */
    Collection<ActivityRecord> all() {
        return byId.values();
    }

    boolean anyCarries(String badgeCode) {
        return byId.values().stream().anyMatch(a -> badgeCode.equals(a.badgeCode()));
    }
}
