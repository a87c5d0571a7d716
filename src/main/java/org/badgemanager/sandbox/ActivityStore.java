package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Activities by id, and the CRM recycle bin: an activity deleted while the bin is in use waits there, invisible to
 * REST, and keeps its badge until it is erased in the portal (addendum §1.7). Not thread-safe: used only under the
 * {@link PortalState} lock.
 */
final class ActivityStore {

    private final TreeMap<Long, ActivityRecord> byId = new TreeMap<>();
    private final TreeMap<Long, ActivityRecord> recycleBin = new TreeMap<>();
    private long nextId = 1;

    ActivityRecord add(ActivitySeed seed, ActivityAccess access) {
        ActivityRecord record = add(seed::toFields, access);
        SeedCommunications.fill(record, seed);
        return record;
    }

    /** A new activity whose fields {@code fieldsForId} makes from its new id. */
    ActivityRecord add(LongFunction<ObjectNode> fieldsForId, ActivityAccess access) {
        long id = nextId++;
        ActivityRecord record = new ActivityRecord(id, fieldsForId.apply(id), access);
        byId.put(id, record);
        return record;
    }

    Optional<ActivityRecord> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    ActivityRecord require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no activity with id " + id));
    }

    /** Removes for good, as on a portal without a recycle bin. */
    boolean remove(long id) {
        return byId.remove(id) != null;
    }

    /** Removes; with {@code toRecycleBin} the activity waits in the bin with its badge. */
    boolean remove(long id, boolean toRecycleBin) {
        ActivityRecord gone = byId.remove(id);
        if (gone != null && toRecycleBin) {
            recycleBin.put(id, gone);
        }
        return gone != null;
    }

    int size() {
        return byId.size();
    }

    /** Live records in id order; callers must not keep them beyond the lock. */
    Collection<ActivityRecord> all() {
        return byId.values();
    }

    /**
     * What {@code ENTITY_WITH_BADGE_EXISTS} checks: a badge row for the code, from an open live activity or from
     * one waiting in the recycle bin (its rows are suspended there, not removed).
     */
    boolean badgeInUse(String badgeCode) {
        return byId.values().stream().anyMatch(a -> a.showsBadge(badgeCode))
                || recycleBin.values().stream().anyMatch(a -> a.showsBadge(badgeCode));
    }

    List<Long> recycleBinIds() {
        return List.copyOf(recycleBin.keySet());
    }

    /** The admin erases the bin in the portal's UI (REST cannot); returns how many entries went. */
    int eraseRecycleBin() {
        int erased = recycleBin.size();
        recycleBin.clear();
        return erased;
    }
}
