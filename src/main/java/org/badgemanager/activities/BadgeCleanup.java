package org.badgemanager.activities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.BatchResponse;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/**
 * The guided flow that frees a badge and deletes it: clear the badge where this app created the activity, back up
 * and delete the other open carriers (the bulk delete: the backup is complete on disk before the first delete), and
 * only when none is left, delete the badge (journaled, kept in Recently deleted). A portal that still refuses is
 * told apart: no live carrier left means the deleted ones wait in the CRM recycle bin (addendum §1.7–1.8), which
 * REST cannot empty. Blocking; no JavaFX.
 */
public final class BadgeCleanup {
    private final BitrixClient client;
    private final ActivityService activities;
    private final BadgeService badges;
    private final BadgeCarrierSearch search;
    private final Clock clock;

    public BadgeCleanup(BitrixClient client, ActivityService activities, BadgeService badges,
                        BadgeCarrierSearch search, Clock clock) {
        this.client = client;
        this.activities = activities;
        this.badges = badges;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Runs the plan. {@code backupFolder} is required: nothing is deleted without a backup of it. A backup that
     * cannot be written throws {@link IOException} before anything is deleted.
     */
    public CleanupResult run(CleanupPlan plan, Path backupFolder, String portal, BooleanSupplier cancelled,
                             BulkDeletion.Listener listener) throws IOException {
        Objects.requireNonNull(backupFolder, "backupFolder");
        List<Long> cleared = new ArrayList<>();
        List<CleanupResult.Failure> failures = new ArrayList<>();
        clear(plan.toClear(), cleared, failures, cancelled);
        BulkDeletion.Result deletion = null;
        if (!plan.toDelete().isEmpty() && !cancelled.getAsBoolean()) {
            deletion = new BulkDeletion(activities, clock).run(plan.toDelete(), backupFolder, portal, cancelled,
                    listener);
        }
        CleanupResult sofar = new CleanupResult(plan, List.copyOf(cleared), List.copyOf(failures), deletion,
                CleanupResult.Ending.CANCELLED, null, 0);
        if (cancelled.getAsBoolean() || deletion != null && deletion.report().cancelled()) {
            return sofar.withBadgeOutcome(CleanupResult.Ending.CANCELLED, null, leftOpen(plan, sofar));
        }
        int left = leftOpen(plan, sofar);
        if (left > 0) {
            // never delete the badge while an activity may still carry it: the portal would refuse anyway
            return sofar.withBadgeOutcome(CleanupResult.Ending.ACTIVITIES_LEFT, null, left);
        }
        return deleteBadge(sofar);
    }

    /** The last step alone, again ("Try again" after the admin erased the recycle bin). */
    public CleanupResult deleteBadge(CleanupResult sofar) {
        try {
            badges.delete(sofar.plan().badge());
            return sofar.withBadgeOutcome(CleanupResult.Ending.BADGE_DELETED, null, 0);
        } catch (BitrixException e) {
            if (!e.is("ENTITY_WITH_BADGE_EXISTS")) {
                return sofar.withBadgeOutcome(CleanupResult.Ending.BADGE_FAILED, e, 0);
            }
            int open = search.find(sofar.plan().badge().code(), () -> false).blocking().size();
            return sofar.withBadgeOutcome(open == 0 ? CleanupResult.Ending.RECYCLE_BIN
                    : CleanupResult.Ending.STILL_CARRIED, e, open);
        }
    }

    /** Clears are idempotent ({@code badgeCode: ""} twice is the same), so a lost answer is only a failure here. */
    private void clear(List<Long> ids, List<Long> cleared, List<CleanupResult.Failure> failures,
                       BooleanSupplier cancelled) {
        for (int i = 0; i < ids.size(); i += BitrixClient.MAX_BATCH_COMMANDS) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + BitrixClient.MAX_BATCH_COMMANDS));
            if (cancelled.getAsBoolean()) {
                chunk.forEach(id -> failures.add(new CleanupResult.Failure(id, BitrixException.CANCELLED, "")));
                continue;
            }
            List<BatchCommand> commands = new ArrayList<>();
            for (Long id : chunk) {
                ObjectNode params = Json.object();
                params.put("id", id);
                params.putObject("fields").put("badgeCode", "");
                commands.add(new BatchCommand("c" + id, "crm.activity.configurable.update", params));
            }
            try {
                BatchResponse response = client.batch(commands, false);
                for (Long id : chunk) {
                    BitrixException error = response.errors().get("c" + id);
                    if (error != null) {
                        failures.add(new CleanupResult.Failure(id, error.code(), error.description()));
                    } else if (response.results().containsKey("c" + id)) {
                        cleared.add(id);
                    } else {
                        failures.add(new CleanupResult.Failure(id, "", "The portal did not run this command."));
                    }
                }
            } catch (BitrixException e) {
                chunk.forEach(id -> failures.add(new CleanupResult.Failure(id, e.code(), e.description())));
            }
        }
    }

    /** Open carriers the run did not free: not cleared, or not deleted (an id already gone counts as freed). */
    private static int leftOpen(CleanupPlan plan, CleanupResult sofar) {
        int left = sofar.clearFailures().size();
        if (sofar.deletion() != null) {
            left += (int) sofar.deletion().report().outcomes().stream()
                    .filter(o -> o.status() != DeleteOutcome.Status.DELETED
                            && o.status() != DeleteOutcome.Status.NOT_FOUND).count();
        } else {
            left += plan.toDelete().size();
        }
        return left;
    }
}
