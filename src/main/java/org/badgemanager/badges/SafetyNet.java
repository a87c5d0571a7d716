package org.badgemanager.badges;

/**
 * What keeps one portal's badges from being lost: the write-ahead journal, the Recently deleted list, and the
 * count of changes running (quitting waits for them).
 */
public record SafetyNet(EditJournal journal, RecentlyDeleted recentlyDeleted, ChangesInFlight inFlight) {

    /** Kept in memory only: for a portal that itself forgets everything on quit (the built-in sandbox), tests. */
    public static SafetyNet inMemory() {
        return new SafetyNet(new FileEditJournal(new LocalJsonFile(null), "memory"), RecentlyDeleted.inMemory(),
                new ChangesInFlight());
    }
}
