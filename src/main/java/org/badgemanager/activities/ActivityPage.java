package org.badgemanager.activities;

import java.util.List;

/** One page of {@code crm.activity.list}: up to 50 rows, the full count, and where the next page starts. */
public record ActivityPage(List<Activity> items, int total, Integer next) {
    public boolean hasMore() {
        return next != null;
    }
}
