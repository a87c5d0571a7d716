package org.badgemanager.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.badgemanager.activities.Activity;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.BadgeCarrierSearch;
import org.badgemanager.activities.BadgeCarriers;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;

/**
 * The ids a search matches, all of them: keyset paging by id ({@code >ID}, {@code start: -1}), which neither
 * counts the table on every page nor skips rows when the portal changes meanwhile.
 */
final class ActivityFinder {
    private static final int PAGE = 50;
    private final PortalSession session;

    ActivityFinder(PortalSession session) {
        this.session = session;
    }

    List<Long> matching(ActivityFilter filter, IntConsumer found) {
        List<Long> ids = new ArrayList<>();
        long lastId = 0;
        while (true) {
            ObjectNode params = Json.object();
            ObjectNode where = filter.toJson();
            where.put(">ID", lastId);
            params.set("filter", where);
            params.putObject("order").put("ID", "ASC");
            params.putArray("select").add("ID");
            params.put("start", -1);
            JsonNode page = session.client().call("crm.activity.list", params).result();
            for (JsonNode row : page) {
                long id = row.path("ID").asLong();
                ids.add(id);
                lastId = Math.max(lastId, id);
            }
            found.accept(ids.size());
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    /** The activities known to carry the badge, and how many app activities could not be checked. */
    Carriers carrying(String badge, Boolean completed) {
        boolean appContext = session.kind() == ConnectionKind.OAUTH;
        BadgeCarriers carriers = new BadgeCarrierSearch(session.client(), appContext).find(badge, () -> false);
        List<Long> ids = carriers.exact().stream()
                .filter(a -> completed == null || a.completed() == completed)
                .map(Activity::id).toList();
        return new Carriers(ids, carriers.candidates().size());
    }

    record Carriers(List<Long> ids, int unchecked) {
    }
}
