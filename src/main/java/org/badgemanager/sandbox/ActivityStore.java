package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Activities by id (full records, and seeded ones kept as {@link CompactActivities} columns), and the CRM recycle bin: an activity deleted while the bin is in use waits there, invisible to
 * REST, and keeps its badge until it is erased in the portal (addendum §1.7). Not thread-safe: used only under the
 * {@link PortalState} lock.
 */
final class ActivityStore {

    private final TreeMap<Long, ActivityRecord> byId = new TreeMap<>();
    private final TreeMap<Long, ActivityRecord> recycleBin = new TreeMap<>();
    private long nextId = 1;
    /** Seeded in bulk; ids taken over as full records move to {@link #byId}. */
    private CompactActivities compact;
    /** Changes whenever what a list could return may have changed (counts are cached per version). */
    private long version;

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
        version++;
        return record;
    }

    /** Adds {@code count} compact rows with the next ids (once per store); see {@link CompactActivities}. */
    void addCompact(int count, java.util.function.LongFunction<CompactActivities> rowsFromFirstId) {
        if (compact != null) {
            throw new IllegalStateException("activities were seeded in bulk already");
        }
        compact = rowsFromFirstId.apply(nextId);
        nextId = compact.endId();
        version++;
    }

    /**
     * The activity, to read or change: a compact row is taken over as a full record first, so changes are kept.
     * Reading alone: {@link #view(long)}.
     */
    Optional<ActivityRecord> find(long id) {
        ActivityRecord record = byId.get(id);
        if (record == null && compact != null) {
            record = compact.takeOver(id);
            if (record != null) {
                byId.put(id, record);
            }
        }
        // the caller may change it
        version++;
        return Optional.ofNullable(record);
    }

    /** The activity to read, without taking a compact row over. */
    Optional<StoredActivity> view(long id) {
        ActivityRecord record = byId.get(id);
        if (record != null) {
            return Optional.of(record);
        }
        return Optional.ofNullable(compact == null ? null : compact.view(id));
    }

    long version() {
        return version;
    }

    /**
     * Visits live activities in id order from {@code fromId} until {@code visitor} answers false. A compact row is
     * passed as a cursor that the next step reuses: keep {@link StoredActivity#stable()} or its record instead.
     */
    void scan(long fromId, Predicate<StoredActivity> visitor) {
        Iterator<ActivityRecord> full = byId.tailMap(fromId, true).values().iterator();
        ActivityRecord nextFull = full.hasNext() ? full.next() : null;
        CompactActivities.Cursor cursor = compact == null ? null : compact.from(fromId);
        while (true) {
            long compactId = cursor != null && cursor.valid() ? cursor.id() : Long.MAX_VALUE;
            if (nextFull == null && compactId == Long.MAX_VALUE) {
                return;
            }
            if (nextFull != null && nextFull.id() < compactId) {
                if (!visitor.test(nextFull)) {
                    return;
                }
                nextFull = full.hasNext() ? full.next() : null;
            } else {
                if (!visitor.test(cursor)) {
                    return;
                }
                cursor.advance();
            }
        }
    }

    ActivityRecord require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no activity with id " + id));
    }

    /** Removes for good, as on a portal without a recycle bin. */
    boolean remove(long id) {
        return remove(id, false);
    }

    /** Removes; with {@code toRecycleBin} the activity waits in the bin with its badge. */
    boolean remove(long id, boolean toRecycleBin) {
        version++;
        ActivityRecord gone = byId.remove(id);
        if (gone == null) {
            return compact != null && compact.remove(id, toRecycleBin);
        }
        if (toRecycleBin) {
            recycleBin.put(id, gone);
        }
        return true;
    }

    int size() {
        return byId.size() + (compact == null ? 0 : compact.live());
    }

    /** The full records in id order (not the compact rows); callers must not keep them beyond the lock. */
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
        List<Long> ids = new ArrayList<>(recycleBin.keySet());
        if (compact != null) {
            ids.addAll(compact.binnedIds());
            ids.sort(null);
        }
        return ids;
    }

    /** The admin erases the bin in the portal's UI (REST cannot); returns how many entries went. */
    int eraseRecycleBin() {
        int erased = recycleBin.size() + (compact == null ? 0 : compact.eraseBin());
        recycleBin.clear();
        return erased;
    }
}
