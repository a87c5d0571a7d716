package org.badgemanager.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The journal of one portal, kept in one file shared by all portals ({@code edit-journal.json} in the data
 * folder): {@code {"version":1,"pending":[{id, portal, kind, startedAt, old, new}]}}. The file is re-read on every
 * step, so two windows (or a process started after a kill) see the same entries.
 */
final class FileEditJournal implements EditJournal {
    static final int VERSION = 1;
    private final LocalJsonFile file;
    private final String portal;

    FileEditJournal(LocalJsonFile file, String portal) {
        this.file = file;
        this.portal = portal;
    }

    @Override
    public PendingEdit begin(PendingEdit.Kind kind, Badge old, Badge updated) {
        PendingEdit edit = new PendingEdit(UUID.randomUUID().toString(), portal, kind, old, updated, Instant.now());
        synchronized (file) {
            ObjectNode content = file.read();
            entries(content).add(edit.toJson());
            file.write(content);
        }
        return edit;
    }

    @Override
    public void end(PendingEdit edit) {
        synchronized (file) {
            ObjectNode content = file.read();
            ArrayNode entries = entries(content);
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (edit.id().equals(entries.get(i).path("id").asText())) {
                    entries.remove(i);
                }
            }
            file.write(content);
        }
    }

    @Override
    public List<PendingEdit> pending() {
        List<PendingEdit> mine = new ArrayList<>();
        for (JsonNode node : entries(file.read())) {
            if (portal.equals(node.path("portal").asText())) {
                try {
                    mine.add(PendingEdit.fromJson(node));
                } catch (RuntimeException unreadable) {
                    // an entry this version cannot read stays in the file for a version that can
                }
            }
        }
        return mine;
    }

    private static ArrayNode entries(ObjectNode content) {
        content.put("version", VERSION);
        JsonNode pending = content.path("pending");
        if (pending instanceof ArrayNode array) {
            return array;
        }
        return content.putArray("pending");
    }
}
