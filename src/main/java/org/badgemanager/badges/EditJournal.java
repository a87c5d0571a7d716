package org.badgemanager.badges;

import java.util.List;

/**
 * The write-ahead journal of one portal's destructive badge steps. {@link #begin} returns only once the entry is
 * on disk; {@link #end} is called only when the portal is known to hold what the user meant. An entry left over
 * is what a killed process leaves: {@link EditReconciler} finishes it on the next connect.
 */
public interface EditJournal {

    /** Writes the intent down (synced to disk) before the first destructive call; throws if it cannot. */
    PendingEdit begin(PendingEdit.Kind kind, Badge old, Badge updated);

    /** Forgets an entry: the portal holds the intended badge (or the delete is confirmed). */
    void end(PendingEdit edit);

    /** This portal's entries left unfinished, oldest first. */
    List<PendingEdit> pending();
}
