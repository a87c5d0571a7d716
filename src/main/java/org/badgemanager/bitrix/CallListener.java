package org.badgemanager.bitrix;

/**
 * Told of every HTTP call a {@link BitrixClient} makes, each attempt of a repeated call included, after it ended.
 * Runs on the calling (background) thread: keep it quick and thread-safe.
 */
@FunctionalInterface
public interface CallListener {
    CallListener NONE = entry -> { };

    void called(RequestLog.Entry entry);
}
