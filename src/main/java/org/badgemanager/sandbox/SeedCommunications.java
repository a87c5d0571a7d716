package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The communications (and, for outgoing e-mails, an attachment) a seeded activity has, derived from its seed so
 * demo data stays deterministic: a call has one phone number, an e-mail one address, a meeting one participant
 * without a value; tasks and app activities have none. The counterpart is the owner when it is a lead, contact or
 * company, else the contact with the owner's id.
 */
final class SeedCommunications {

    private SeedCommunications() {
    }

    static void fill(ActivityRecord record, ActivitySeed seed) {
        ArrayNode items = Json.array();
        int entityType = seed.ownerTypeId() == CrmItems.DEAL ? CrmItems.CONTACT : seed.ownerTypeId();
        long entityId = seed.ownerId();
        String value = switch (seed.kind()) {
            case CALL -> String.format("+7 900 %03d-%02d-%02d", entityId % 1000, record.id() % 100, entityType);
            case EMAIL -> "client" + entityId + "@example.com";
            case MEETING -> "";
            default -> null;
        };
        if (value != null) {
            ObjectNode item = items.addObject();
            item.put("ID", Long.toString(record.id() * 10));
            item.put("TYPE", seed.kind() == ActivityKind.CALL ? "PHONE" : seed.kind() == ActivityKind.EMAIL ? "EMAIL" : "");
            item.put("VALUE", value);
            item.put("ENTITY_ID", Long.toString(entityId));
            item.put("ENTITY_TYPE_ID", Integer.toString(entityType));
            item.putObject("ENTITY_SETTINGS");
        }
        record.setCommunications(items);
        if (seed.kind() == ActivityKind.EMAIL && seed.direction() == 2) {
            ArrayNode files = Json.array();
            ObjectNode file = files.addObject();
            file.put("id", record.id() * 100);
            file.put("url", "/bitrix/tools/crm_show_file.php?fileId=" + record.id() * 100);
            record.setFiles(files);
        }
    }
}
