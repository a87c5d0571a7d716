package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * The badge methods of the portal, plus the edit that Bitrix24 lacks. Blocking; knows nothing of JavaFX. Every
 * destructive step is written to the portal's {@link EditJournal} first and counted in {@link ChangesInFlight}.
 */
public final class BadgeService {
    private static final int RESTORE_ATTEMPTS = 3;
    private final BitrixClient client;
    private final Duration restorePause;
    private final SafetyNet net;

    public BadgeService(BitrixClient client) {
        this(client, Duration.ofSeconds(1));
    }

    public BadgeService(BitrixClient client, Duration restorePause) {
        this(client, restorePause, SafetyNet.inMemory());
    }

    public BadgeService(BitrixClient client, Duration restorePause, SafetyNet net) {
        this.client = client;
        this.restorePause = restorePause;
        this.net = net;
    }

    public SafetyNet safetyNet() {
        return net;
    }

    public List<Badge> list() {
        JsonNode badges = client.call("crm.activity.badge.list").result().path("badges");
        List<Badge> out = new ArrayList<>(badges.size());
        for (JsonNode node : badges) {
            out.add(parse(node, "crm.activity.badge.list"));
        }
        return out;
    }

    public Badge get(String code) {
        return parse(client.call("crm.activity.badge.get", codeParam(code)).result().path("badge"),
                "crm.activity.badge.get");
    }

    /**
     * Adds a badge. An add is never repeated blindly: when its answer is lost, a {@code get} tells whether it
     * landed, and only then is it reported as done.
     */
    public Badge add(Badge badge) {
        Badge added;
        try {
            added = parse(client.call("crm.activity.badge.add", badge.toJson()).result().path("badge"),
                    "crm.activity.badge.add");
        } catch (BitrixException e) {
            if (!mayHaveRun(e) || !isOnPortal(badge)) {
                throw e;
            }
            added = badge;
        }
        settleEditsEndingIn(badge);
        return added;
    }

    /**
     * An edit left unfinished (its restore failed) is settled once the portal holds either of its versions: the
     * user re-created the badge from the form, so the next connect has nothing to put back.
     */
    private void settleEditsEndingIn(Badge badge) {
        for (PendingEdit edit : net.journal().pending()) {
            if (edit.kind() == PendingEdit.Kind.REPLACE && !net.inFlight().isRunning(edit.id())
                    && (badge.equals(edit.old()) || badge.equals(edit.updated()))) {
                net.journal().end(edit);
            }
        }
    }

    /**
     * No answer, or one that is not the portal's (a proxy's 502/504 page, a body cut short): the portal may have
     * done the work all the same, since a gateway gives up on a slow portal without stopping it.
     */
    private static boolean mayHaveRun(BitrixException e) {
        return e.outcomeUnknown() || e.is(BitrixException.UNEXPECTED_RESPONSE);
    }

    /** The bare delete call; {@link #delete(Badge)} is the one that keeps the badge for Recently deleted. */
    public void delete(String code) {
        client.call("crm.activity.badge.delete", codeParam(code));
    }

    /**
     * Deletes a badge the user chose, journaled: it goes to {@link RecentlyDeleted} once the portal has deleted it,
     * and a kill halfway is settled on the next connect. A delete whose answer was lost counts as done only when
     * the portal no longer has the badge.
     */
    public void delete(Badge badge) {
        net.inFlight().enter();
        DeferredInterrupt interrupts = new DeferredInterrupt();
        try {
            PendingEdit entry = net.journal().begin(PendingEdit.Kind.DELETE, badge, null);
            net.inFlight().running(entry.id());
            try {
                delete(badge.code());
            } catch (BitrixException e) {
                interrupts.clearIfCancelled(e);
                if (!mayHaveRunOrCancelled(e) || find(badge.code()).filter(badge::equals).isPresent()) {
                    endUnlessStillInFlight(entry, e); // the portal still has it: nothing happened (yet)
                    throw e;
                }
            } finally {
                net.inFlight().over(entry.id());
            }
            net.recentlyDeleted().add(badge, Instant.now());
            net.journal().end(entry);
        } finally {
            interrupts.restore();
            net.inFlight().exit();
        }
    }

    /** Adds a deleted badge again (Undo, Recently deleted) and takes it off the Recently deleted list. */
    public Badge restoreDeleted(Badge badge) {
        Badge added;
        try {
            added = add(badge);
        } catch (BitrixException e) {
            if (!e.is("BX_INVALID_VALUE") || !isOnPortal(badge)) {
                throw e;
            }
            added = badge; // already back (restored from another window, or an earlier try whose answer was lost)
        }
        net.recentlyDeleted().forget(badge);
        return added;
    }

    /**
     * Replaces {@code old} with {@code updated}: delete, then add. If the delete fails nothing has changed and
     * the failure is thrown. If the add fails the old badge is added back, and the result says so. Both versions
     * are in the journal before the delete; the entry goes once the portal holds one of them. Cancelling or
     * interrupting never skips putting the old one back: the steps after the delete run to their end (each call
     * bounded by its timeouts), and the interrupt is restored afterwards.
     */
    public ReplaceResult replace(Badge old, Badge updated) {
        net.inFlight().enter();
        DeferredInterrupt interrupts = new DeferredInterrupt();
        try {
            PendingEdit entry = net.journal().begin(PendingEdit.Kind.REPLACE, old, updated);
            net.inFlight().running(entry.id());
            ReplaceResult result;
            try {
                result = replaceJournaled(old, updated, interrupts);
            } catch (BitrixException nothingChanged) {
                endUnlessStillInFlight(entry, nothingChanged);
                throw nothingChanged;
            } finally {
                net.inFlight().over(entry.id());
            }
            if (result.outcome() != ReplaceResult.Outcome.RESTORE_FAILED) {
                net.journal().end(entry);
            }
            return result;
        } finally {
            interrupts.restore();
            net.inFlight().exit();
        }
    }

    private ReplaceResult replaceJournaled(Badge old, Badge updated, DeferredInterrupt interrupts) {
        boolean oldMayRemain = deleteBeforeAdd(old, interrupts);
        try {
            Badge added = add(updated);
            if (oldMayRemain && !old.code().equals(updated.code())) {
                tryDelete(old.code()); // the unconfirmed delete may not have run: never leave both versions
            }
            return new ReplaceResult(ReplaceResult.Outcome.REPLACED, added, null, null);
        } catch (BitrixException addFailure) {
            interrupts.clearIfCancelled(addFailure);
            return restore(old, updated, addFailure, interrupts);
        }
    }

    /**
     * Deletes the old version. A delete whose answer was lost may have run: stopping there would leave the
     * portal with neither version, so the portal is asked; only a badge still there means nothing changed.
     * Returns true when the portal could not say (the add goes ahead; the old one may still be there).
     */
    private boolean deleteBeforeAdd(Badge old, DeferredInterrupt interrupts) {
        try {
            delete(old.code());
            return false;
        } catch (BitrixException e) {
            interrupts.clearIfCancelled(e);
            if (!mayHaveRunOrCancelled(e)) {
                throw e;
            }
            Optional<Badge> there;
            try {
                there = find(old.code());
            } catch (BitrixException lookupFailed) {
                return true;
            }
            if (there.isPresent()) {
                throw e; // still there: the delete did not run, nothing changed
            }
            return false;
        }
    }

    /** The badge with this code, empty when the portal says NOT_FOUND; other failures are thrown. */
    private Optional<Badge> find(String code) {
        try {
            return Optional.of(get(code));
        } catch (BitrixException e) {
            if (e.is("NOT_FOUND")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void tryDelete(String code) {
        try {
            delete(code);
        } catch (BitrixException ignored) {
            // best effort; NOT_FOUND is the expected answer
        }
    }

    private ReplaceResult restore(Badge old, Badge updated, BitrixException addFailure, DeferredInterrupt interrupts) {
        BitrixException last = null;
        for (int attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
            try {
                if (mayHaveRunOrCancelled(addFailure) && !old.code().equals(updated.code())
                        && find(updated.code()).filter(updated::equals).isPresent()) {
                    // the new version landed under its own code after all: putting the old one back would leave two
                    return new ReplaceResult(ReplaceResult.Outcome.REPLACED, updated, null, null);
                }
                add(old);
                return new ReplaceResult(ReplaceResult.Outcome.ROLLED_BACK, old, addFailure, null);
            } catch (BitrixException e) {
                last = e;
                if (e.is("BX_INVALID_VALUE")) {
                    // the code is taken: the new version may have landed after all; ask which one is there
                    Badge there = tryGet(old.code());
                    if (updated.equals(there)) {
                        return new ReplaceResult(ReplaceResult.Outcome.REPLACED, updated, null, null);
                    }
                    if (old.equals(there)) {
                        return new ReplaceResult(ReplaceResult.Outcome.ROLLED_BACK, old, addFailure, null);
                    }
                }
                interrupts.clearIfCancelled(e);
                // a try ended by our own interrupt (quitting, Cancel) was not refused: the next goes at once, so a
                // quit that waits for the restore is not kept waiting by a pause meant for a struggling portal
                if (attempt < RESTORE_ATTEMPTS && !e.is(BitrixException.CANCELLED)) {
                    pause(interrupts);
                }
            }
        }
        return new ReplaceResult(ReplaceResult.Outcome.RESTORE_FAILED, old, addFailure, last);
    }

    private void pause(DeferredInterrupt interrupts) {
        try {
            Thread.sleep(restorePause.toMillis());
        } catch (InterruptedException e) {
            interrupts.defer(); // the restore goes on; the interrupt is given back at the end
        }
    }

    /**
     * A refused delete changed nothing: its entry goes. A delete that got no answer but whose badge is still there
     * may yet run (the request can sit in the portal's queue): the entry stays for the next connect to settle.
     */
    private void endUnlessStillInFlight(PendingEdit entry, BitrixException deleteFailure) {
        if (!mayHaveRunOrCancelled(deleteFailure)) {
            net.journal().end(entry);
        }
    }

    /** A cancelled call may have reached the portal all the same: the request was out before the interrupt. */
    private static boolean mayHaveRunOrCancelled(BitrixException e) {
        return mayHaveRun(e) || e.is(BitrixException.CANCELLED);
    }

    private boolean isOnPortal(Badge badge) {
        return badge.equals(tryGet(badge.code()));
    }

    private Badge tryGet(String code) {
        try {
            return get(code);
        } catch (BitrixException e) {
            return null;
        }
    }

    private static ObjectNode codeParam(String code) {
        ObjectNode params = Json.object();
        params.put("code", code);
        return params;
    }

    private static Badge parse(JsonNode node, String method) {
        try {
            return Badge.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw new BitrixException(BitrixException.UNEXPECTED_RESPONSE,
                    "The portal sent a badge this app cannot read: " + e.getMessage(), 200, method, e);
        }
    }
}
