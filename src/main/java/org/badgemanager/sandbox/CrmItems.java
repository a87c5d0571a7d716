package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leads (1), deals (2), contacts (3) and companies (4), ids 1..40 each, with titles or names, so activities can
 * be shown as "Deal: Office chairs for ACME". Deal 13 and contact 29 were deleted: activities still point at them,
 * as they do on a portal. Thread-safe.
 */
final class CrmItems {

    static final int LEAD = 1;
    static final int DEAL = 2;
    static final int CONTACT = 3;
    static final int COMPANY = 4;
    static final int SEEDED = 40;
    static final Set<Map.Entry<Integer, Long>> DELETED = Set.of(Map.entry(DEAL, 13L), Map.entry(CONTACT, 29L));

    private static final String[] FIRST = {"Klaus", "Elena", "Pavel", "Sofia", "Marco", "Irina", "Jan", "Olga"};
    private static final String[] LAST = {"Weber", "Ivanova", "Orlov", "Rossi", "Novak", "Fedorova", "Berg", "Lebedeva"};
    private static final String[] COMPANIES = {"ACME", "Northwind", "Globex", "Initech", "Umbrella", "Stark Supply",
            "Wayne Logistics", "Hooli"};
    private static final String[] GOODS = {"Office chairs", "Printer paper", "Laptops", "Coffee machines",
            "Desk lamps", "Server racks", "Cleaning service", "Catering"};

    private final Map<Integer, Map<Long, ObjectNode>> byType = new ConcurrentHashMap<>();

    CrmItems() {
        for (int type = LEAD; type <= COMPANY; type++) {
            for (long id = 1; id <= SEEDED; id++) {
                if (!DELETED.contains(Map.entry(type, id))) {
                    put(type, id, seeded(type, id));
                }
            }
        }
    }

    static String typeName(int typeId) {
        return switch (typeId) {
            case LEAD -> "LEAD";
            case DEAL -> "DEAL";
            case CONTACT -> "CONTACT";
            case COMPANY -> "COMPANY";
            default -> "TYPE_" + typeId;
        };
    }

    boolean exists(int typeId, long id) {
        return byType.getOrDefault(typeId, Map.of()).containsKey(id);
    }

    /** Test set-up: an owner item that activities may be added to, created with a plain title if missing. */
    void ensure(int typeId, long id) {
        if (!exists(typeId, id)) {
            ObjectNode item = Json.object();
            item.put("ID", Long.toString(id));
            String title = typeName(typeId).toLowerCase(Locale.ROOT) + " " + id;
            if (typeId == CONTACT) {
                item.put("NAME", "Test");
                item.put("LAST_NAME", title);
                item.put("SECOND_NAME", "");
            } else {
                item.put("TITLE", "Test " + title);
            }
            put(typeId, id, item);
        }
    }

    void remove(int typeId, long id) {
        byType.getOrDefault(typeId, Map.of()).remove(id);
    }

    /** Items of one type in id order, copies. */
    Map<Long, ObjectNode> all(int typeId) {
        Map<Long, ObjectNode> sorted = new TreeMap<>();
        byType.getOrDefault(typeId, Map.of()).forEach((id, item) -> sorted.put(id, item.deepCopy()));
        return sorted;
    }

    Optional<ObjectNode> find(int typeId, long id) {
        return Optional.ofNullable(byType.getOrDefault(typeId, Map.of()).get(id)).map(ObjectNode::deepCopy);
    }

    private void put(int typeId, long id, ObjectNode item) {
        byType.computeIfAbsent(typeId, t -> new ConcurrentHashMap<>()).put(id, item);
    }

    private static ObjectNode seeded(int type, long id) {
        int i = (int) id;
        ObjectNode item = Json.object();
        item.put("ID", Long.toString(id));
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length + i) % LAST.length];
        String company = COMPANIES[i % COMPANIES.length] + (i > COMPANIES.length ? " " + (i / COMPANIES.length + 1) : "");
        switch (type) {
            case LEAD -> {
                item.put("TITLE", "Inquiry from " + first + " " + last);
                item.put("NAME", first);
                item.put("LAST_NAME", last);
            }
            case DEAL -> item.put("TITLE", GOODS[i % GOODS.length] + " for " + company);
            case CONTACT -> {
                item.put("NAME", first);
                item.put("LAST_NAME", last);
                item.put("SECOND_NAME", "");
            }
            default -> item.put("TITLE", company);
        }
        return item;
    }
}
