package org.badgemanager.badges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.badgemanager.bitrix.BitrixException;

/**
 * Settles what a killed or cut-off process left in a portal's journal, on connect: the portal is looked at, never
 * assumed. The user meant either the old badge or the new one to be there, so exactly one of them is left on the
 * portal: the new one if it arrived, else the old one (put back if it was deleted). Blocking; no JavaFX.
 */
public final class EditReconciler {
    private final BadgeService service;
    private final SafetyNet net;

    public EditReconciler(BadgeService service) {
        this.service = service;
        this.net = service.safetyNet();
    }

    /**
     * Settles every pending entry but those of changes still running in this process (a reconnect or a language
     * switch while an edit runs must not put back what that edit is about to replace); makes no call at all when
     * there is none.
     */
    public List<Reconciled> reconcile() {
        List<PendingEdit> pending = net.journal().pending().stream()
                .filter(edit -> !net.inFlight().isRunning(edit.id())).toList();
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Reconciled> out = new ArrayList<>();
        Map<String, Badge> portal;
        try {
            portal = byCode(service.list());
        } catch (BitrixException e) {
            pending.forEach(edit -> out.add(new Reconciled(edit, Reconciled.Result.NOT_SETTLED, e)));
            return out;
        }
        for (PendingEdit edit : pending) {
            Reconciled settled = settle(edit, portal);
            if (settled.result() != Reconciled.Result.NOT_SETTLED) {
                net.journal().end(edit);
            }
            out.add(settled);
        }
        return out;
    }

    private Reconciled settle(PendingEdit edit, Map<String, Badge> portal) {
        try {
            return edit.kind() == PendingEdit.Kind.DELETE ? settleDelete(edit, portal) : settleReplace(edit, portal);
        } catch (BitrixException e) {
            return new Reconciled(edit, Reconciled.Result.NOT_SETTLED, e);
        }
    }

    private Reconciled settleReplace(PendingEdit edit, Map<String, Badge> portal) {
        Badge old = edit.old();
        Badge updated = edit.updated();
        boolean sameCode = old.code().equals(updated.code());
        boolean oldThere = old.equals(portal.get(old.code()));
        if (updated.equals(portal.get(updated.code()))) {
            if (oldThere && !sameCode) {
                service.delete(old.code()); // the add ran, the delete did not: the edit is finished, never two
                portal.remove(old.code());
            }
            return done(edit, Reconciled.Result.NEW_KEPT);
        }
        if (oldThere) {
            return done(edit, Reconciled.Result.OLD_KEPT);
        }
        if (!portal.containsKey(old.code())) {
            portal.put(old.code(), service.add(old));
            return done(edit, Reconciled.Result.OLD_PUT_BACK);
        }
        net.recentlyDeleted().add(old, edit.startedAt());
        return done(edit, Reconciled.Result.CHANGED_ELSEWHERE);
    }

    private Reconciled settleDelete(PendingEdit edit, Map<String, Badge> portal) {
        if (edit.old().equals(portal.get(edit.old().code()))) {
            return done(edit, Reconciled.Result.DELETE_NOT_DONE);
        }
        if (!net.recentlyDeleted().contains(edit.old())) {
            net.recentlyDeleted().add(edit.old(), Instant.now());
        }
        return done(edit, Reconciled.Result.DELETE_DONE);
    }

    private static Reconciled done(PendingEdit edit, Reconciled.Result result) {
        return new Reconciled(edit, result, null);
    }

    private static Map<String, Badge> byCode(List<Badge> badges) {
        Map<String, Badge> map = new HashMap<>();
        badges.forEach(b -> map.put(b.code(), b));
        return map;
    }
}
