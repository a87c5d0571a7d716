package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;

/** The badge methods of the portal, plus the edit that Bitrix24 lacks. Blocking; knows nothing of JavaFX. */
public final class BadgeService {
    private static final int RESTORE_ATTEMPTS = 3;
    private final BitrixClient client;
    private final Duration restorePause;

    public BadgeService(BitrixClient client) {
        this(client, Duration.ofSeconds(1));
    }

    public BadgeService(BitrixClient client, Duration restorePause) {
        this.client = client;
        this.restorePause = restorePause;
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
        try {
            return parse(client.call("crm.activity.badge.add", badge.toJson()).result().path("badge"),
                    "crm.activity.badge.add");
        } catch (BitrixException e) {
            if (e.outcomeUnknown() && isOnPortal(badge)) {
                return badge;
            }
            throw e;
        }
    }

    public void delete(String code) {
        client.call("crm.activity.badge.delete", codeParam(code));
    }

    /**
     * Replaces {@code old} with {@code updated}: delete, then add. If the delete fails nothing has changed and
     * the failure is thrown. If the add fails the old badge is added back, and the result says so.
     */
    public ReplaceResult replace(Badge old, Badge updated) {
        delete(old.code());
        try {
            return new ReplaceResult(ReplaceResult.Outcome.REPLACED, add(updated), null, null);
        } catch (BitrixException addFailure) {
            return restore(old, updated, addFailure);
        }
    }

    private ReplaceResult restore(Badge old, Badge updated, BitrixException addFailure) {
        BitrixException last = null;
        for (int attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
            try {
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
                if (e.is(BitrixException.CANCELLED) || !pause()) {
                    break;
                }
            }
        }
        return new ReplaceResult(ReplaceResult.Outcome.RESTORE_FAILED, old, addFailure, last);
    }

    private boolean pause() {
        try {
            Thread.sleep(restorePause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
