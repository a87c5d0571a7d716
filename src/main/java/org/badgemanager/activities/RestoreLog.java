package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.badgemanager.bitrix.Json;

/**
 * What has been restored from one backup file, kept beside it ({@code activities-….json.restored}) across runs
 * and processes. An add is not idempotent, so before a batch of adds goes out its records' old ids are written
 * and synced ({@code sending}); after the answer, each record's outcome ({@code restored} old → new id, or
 * {@code unknown}). Reading it back, a record is
 * <ul>
 *   <li>restored: it has a new id and is never sent again (opening the backup the next day shows it so);</li>
 *   <li>unknown: its add went out and no answer was kept (lost on the way, or the app was killed or quit while
 *       it was on its way): the portal may hold it, so it is not sent again either; the user checks the portal;</li>
 *   <li>otherwise free: never sent, refused by the portal, or not attempted.</li>
 * </ul>
 * A record a kill left half-written is skipped: for a {@code sending} line that means the batch never went out.
 */
public final class RestoreLog implements AutoCloseable {
    public static final String SUFFIX = ".restored";

    private final Path file;
    private final Map<Long, Long> restored = new HashMap<>();
    private final Set<Long> unknown = new HashSet<>();
    /** Sent, with no outcome written yet: unknown if the run ends here. */
    private final Set<Long> inFlight = new HashSet<>();
    private JsonLinesLog out;

    private RestoreLog(Path file) {
        this.file = file;
    }

    /** The log of {@code backup}: what earlier runs restored from it (nothing if it was never restored). */
    public static RestoreLog of(Path backup) throws IOException {
        RestoreLog log = new RestoreLog(backup.resolveSibling(backup.getFileName() + SUFFIX));
        if (Files.exists(log.file)) {
            JsonLinesLog.read(log.file, log::replay);
        }
        log.unknown.addAll(log.inFlight);
        log.inFlight.clear();
        return log;
    }

    private void replay(JsonNode line) {
        line.path("sending").forEach(id -> inFlight.add(id.asLong()));
        line.path("restored").fields().forEachRemaining(e -> {
            long oldId = Long.parseLong(e.getKey());
            restored.put(oldId, e.getValue().asLong());
            inFlight.remove(oldId);
        });
        line.path("unknown").forEach(id -> {
            unknown.add(id.asLong());
            inFlight.remove(id.asLong());
        });
        line.path("free").forEach(id -> inFlight.remove(id.asLong()));
    }

    /** The new id of a record restored by any run, if it was. */
    public Optional<Long> restoredAs(long oldId) {
        return Optional.ofNullable(restored.get(oldId));
    }

    /** Whether a record's add went out without a kept answer (it may exist on the portal). */
    public boolean unknown(long oldId) {
        return unknown.contains(oldId);
    }

    /** Whether a record must not be sent again: restored, or possibly restored. */
    public boolean settled(long oldId) {
        return restored.containsKey(oldId) || unknown.contains(oldId);
    }

    /** Before a batch goes out: its records, on the disk, so a kill while it is on its way is accounted for. */
    void sending(Collection<Long> oldIds) throws IOException {
        ObjectNode line = Json.object();
        ArrayNode ids = line.putArray("sending");
        oldIds.forEach(ids::add);
        writer().append(line, true);
        inFlight.addAll(oldIds);
    }

    /** After the answer (or its loss): every record of the batch with what became of it, in one synced line. */
    void answered(List<RestoreOutcome> outcomes) throws IOException {
        ObjectNode line = Json.object();
        ObjectNode newIds = line.putObject("restored");
        ArrayNode lost = line.putArray("unknown");
        ArrayNode free = line.putArray("free");
        for (RestoreOutcome o : outcomes) {
            switch (o.status()) {
                case RESTORED -> newIds.put(String.valueOf(o.oldId()), o.newId());
                case UNKNOWN -> lost.add(o.oldId());
                default -> free.add(o.oldId());
            }
        }
        writer().append(line, true);
        for (RestoreOutcome o : outcomes) {
            inFlight.remove(o.oldId());
            if (o.status() == RestoreOutcome.Status.RESTORED) {
                restored.put(o.oldId(), o.newId());
            } else if (o.status() == RestoreOutcome.Status.UNKNOWN) {
                unknown.add(o.oldId());
            }
        }
    }

    private JsonLinesLog writer() throws IOException {
        if (out == null) {
            out = JsonLinesLog.openForAppend(file);
            org.badgemanager.settings.AtomicFiles.syncDirectory(file.toAbsolutePath().getParent());
        }
        return out;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
