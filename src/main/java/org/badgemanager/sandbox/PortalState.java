package org.badgemanager.sandbox;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The portal's data. Badges and activities share one lock because some operations span both
 * (a badge cannot be deleted while an activity carries it). The stores are reachable only through it.
 */
final class PortalState {

    private final Object lock = new Object();
    private final BadgeStore badges = new BadgeStore();
    private final ActivityStore activities = new ActivityStore();

    <T> T query(BiFunction<BadgeStore, ActivityStore, T> action) {
        synchronized (lock) {
            return action.apply(badges, activities);
        }
    }

    void update(BiConsumer<BadgeStore, ActivityStore> action) {
        synchronized (lock) {
            action.accept(badges, activities);
        }
    }
}
