package org.badgemanager.activities;

import java.util.List;

/**
 * The activities that carry a badge, as far as this connection can tell.
 *
 * @param exact      activities whose {@code PROVIDER_PARAMS.badgeCode} is the badge (open and completed)
 * @param candidates configurable activities whose badge the portal did not tell (it returned no
 *                   {@code PROVIDER_PARAMS}, and crm.activity.configurable.get was not allowed): any of them may
 *                   carry it, none is known to
 */
public record BadgeCarriers(String badgeCode, List<Activity> exact, List<Activity> candidates) {

    /** Exact carriers that are still open: only these show the badge and keep the portal from deleting it. */
    public List<Activity> blocking() {
        return exact.stream().filter(a -> !a.completed()).toList();
    }

    public List<Activity> completed() {
        return exact.stream().filter(Activity::completed).toList();
    }

    /** Every carrier is known: no activity is merely a candidate. */
    public boolean isExact() {
        return candidates.isEmpty();
    }
}
