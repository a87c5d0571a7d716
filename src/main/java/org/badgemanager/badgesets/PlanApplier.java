package org.badgemanager.badgesets;

import java.util.function.BooleanSupplier;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;

/**
 * Runs an {@link ApplyPlan} on the target portal. Before anything is sent, the journal's leftovers are settled
 * (a killed earlier run) and the target is read again: each step checks it and does only what is still missing,
 * so running the same plan twice changes nothing the second time. Adds and deletes go 50 to a {@code batch};
 * replaces use the editor's journaled {@link BadgeService#replace}; every delete is journaled first, so a kill at
 * any moment loses no badge. Paced by the client; Cancel stops between steps (a step begun is finished).
 * Blocking; no JavaFX.
 */
public final class PlanApplier {
    private final BadgeService target;
    private final BitrixClient client;

    /** @param client the target's client (the same one {@code target} uses), for its batches */
    public PlanApplier(BadgeService target, BitrixClient client) {
        this.target = target;
        this.client = client;
    }

    public ApplyReport apply(ApplyPlan plan, ApplyListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("TODO");
    }
}
