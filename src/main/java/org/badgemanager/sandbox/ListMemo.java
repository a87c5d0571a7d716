package org.badgemanager.sandbox;

import java.util.function.LongSupplier;

/**
 * What crm.activity.list remembers between calls while the activities stay the same: the count for the last
 * filter, and where its last offset page ended, so offset paging through a big result does not rescan from
 * the first row for every page (a database would use its index; the portal's cost is modelled elsewhere).
 */
final class ListMemo {

    record Position(long offset, long nextId) {
    }

    private String countKey;
    private long countVersion = -1;
    private long count;
    private String positionKey;
    private long positionVersion = -1;
    private Position position;

    long count(ActivityStore store, String filterKey, LongSupplier counter) {
        if (!filterKey.equals(countKey) || countVersion != store.version()) {
            count = counter.getAsLong();
            countKey = filterKey;
            countVersion = store.version();
        }
        return count;
    }

    /** Where to resume for {@code offset}, or null to start from the first row. */
    Position position(ActivityStore store, String filterKey, long offset) {
        if (offset == 0 || position == null || !filterKey.equals(positionKey) || positionVersion != store.version()
                || position.offset() > offset) {
            return null;
        }
        return position;
    }

    void remember(ActivityStore store, String filterKey, long offset, long nextId) {
        positionKey = filterKey;
        positionVersion = store.version();
        position = new Position(offset, nextId);
    }
}
