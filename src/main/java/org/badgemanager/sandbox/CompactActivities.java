package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Up to millions of seeded activities with consecutive ids, kept as columns (about 16 bytes a row) instead of one
 * JSON tree each: a row's fields are computed from its columns when a filter or an order asks, and its full
 * record is built only when a list returns it or a method changes it (then the store takes it over as an ordinary
 * {@link ActivityRecord}). Deleted rows are bits; they carry no badge, so the recycle bin needs no record of them.
 * Not thread-safe: used only under the {@link PortalState} lock.
 */
final class CompactActivities {

    /** The fields {@link ActivitySeed#toFields(long)} writes, so {@link FieldReader#has} answers without building them. */
    private static final Set<String> FIELDS = Set.of("ID", "OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID", "PROVIDER_ID",
            "PROVIDER_TYPE_ID", "SUBJECT", "CREATED", "LAST_UPDATED", "START_TIME", "END_TIME", "DEADLINE",
            "COMPLETED", "STATUS", "RESPONSIBLE_ID", "AUTHOR_ID", "EDITOR_ID", "PRIORITY", "DIRECTION", "DESCRIPTION",
            "DESCRIPTION_TYPE", "ORIGINATOR_ID", "ORIGIN_ID");
    private static final ActivityKind[] KINDS = ActivityKind.values();

    private final long firstId;
    private final int count;
    private final byte[] kind;
    private final byte[] ownerType;
    private final int[] ownerId;
    private final int[] createdMinute;
    private final byte[] responsible;
    private final byte[] priority;
    private final byte[] direction;
    private final byte[] subject;
    private final BitSet completed;
    private final OffsetDateTime epoch;
    private final List<String> subjects;
    /** Deleted, or taken over by the store as a full record. */
    private final BitSet gone = new BitSet();
    /** Deleted into the CRM recycle bin (REST cannot see them). */
    private final BitSet binned = new BitSet();
    private int live;

    private CompactActivities(long firstId, int count, OffsetDateTime epoch, List<String> subjects) {
        this.firstId = firstId;
        this.count = count;
        this.epoch = epoch;
        this.subjects = subjects;
        kind = new byte[count];
        ownerType = new byte[count];
        ownerId = new int[count];
        createdMinute = new int[count];
        responsible = new byte[count];
        priority = new byte[count];
        direction = new byte[count];
        subject = new byte[count];
        completed = new BitSet(count);
        live = count;
    }

    /** Fills rows {@code firstId ..} from {@code seed}, which sets each row's columns through a {@link Row}. */
    static CompactActivities generate(long firstId, int count, OffsetDateTime epoch, List<String> subjects,
                                      RowSeeder seed) {
        CompactActivities rows = new CompactActivities(firstId, count, epoch, subjects);
        Row row = rows.new Row();
        for (int i = 0; i < count; i++) {
            row.index = i;
            seed.fill(i, row);
        }
        return rows;
    }

    @FunctionalInterface
    interface RowSeeder {
        void fill(int index, Row row);
    }

    /** Writes one row's columns while seeding. */
    final class Row {
        private int index;

        Row set(ActivityKind k, int ownerTypeId, int owner, int minute, boolean done, int responsibleId, int prio,
                int dir, int subjectIndex) {
            kind[index] = (byte) k.ordinal();
            ownerType[index] = (byte) ownerTypeId;
            ownerId[index] = owner;
            createdMinute[index] = minute;
            completed.set(index, done);
            responsible[index] = (byte) responsibleId;
            priority[index] = (byte) prio;
            direction[index] = (byte) dir;
            subject[index] = (byte) subjectIndex;
            return this;
        }
    }

    long firstId() {
        return firstId;
    }

    /** One past the last id. */
    long endId() {
        return firstId + count;
    }

    int live() {
        return live;
    }

    boolean contains(long id) {
        return index(id) >= 0;
    }

    /** The live row's index, or -1. */
    private int index(long id) {
        if (id < firstId || id >= firstId + count) {
            return -1;
        }
        int i = (int) (id - firstId);
        return gone.get(i) ? -1 : i;
    }

    StoredActivity view(long id) {
        int i = index(id);
        return i < 0 ? null : new Cursor(i);
    }

    /** Hands the row over as a full record (the store keeps it from now on); null when not here. */
    ActivityRecord takeOver(long id) {
        int i = index(id);
        if (i < 0) {
            return null;
        }
        ActivityRecord record = build(i);
        gone.set(i);
        live--;
        return record;
    }

    /** Deletes the row; into the recycle bin when {@code toRecycleBin}. */
    boolean remove(long id, boolean toRecycleBin) {
        int i = index(id);
        if (i < 0) {
            return false;
        }
        gone.set(i);
        if (toRecycleBin) {
            binned.set(i);
        }
        live--;
        return true;
    }

    List<Long> binnedIds() {
        List<Long> ids = new ArrayList<>();
        binned.stream().forEach(i -> ids.add(firstId + i));
        return ids;
    }

    int eraseBin() {
        int erased = binned.cardinality();
        binned.clear();
        return erased;
    }

    /** A cursor on the first live row with an id of at least {@code fromId}; not valid when there is none. */
    Cursor from(long fromId) {
        int start = (int) Math.max(0, Math.min(count, fromId - firstId));
        return new Cursor(start < count ? gone.nextClearBit(start) : count);
    }

    private ActivitySeed seed(int i) {
        ActivityKind k = KINDS[kind[i]];
        String title = subjects.get(subject[i]);
        return new ActivitySeed(k, ownerType[i], ownerId[i], title, epoch.plusMinutes(createdMinute[i]),
                completed.get(i), responsible[i], priority[i], direction[i], "Seeded " + title + " #" + (firstId + i));
    }

    private ActivityRecord build(int i) {
        ActivitySeed seed = seed(i);
        ActivityRecord record = new ActivityRecord(firstId + i, seed.toFields(firstId + i), ActivityAccess.NORMAL);
        SeedCommunications.fill(record, seed);
        return record;
    }

    /** A row read from the columns; {@link #advance()} moves a scan on without a new object per row. */
    final class Cursor implements StoredActivity {
        private int index;

        private Cursor(int index) {
            this.index = index;
        }

        boolean valid() {
            return index < count;
        }

        void advance() {
            index = index + 1 < count ? gone.nextClearBit(index + 1) : count;
        }

        @Override
        public long id() {
            return firstId + index;
        }

        @Override
        public ActivityAccess access() {
            return ActivityAccess.NORMAL;
        }

        @Override
        public ActivityRecord record() {
            return build(index);
        }

        @Override
        public StoredActivity stable() {
            return new Cursor(index);
        }

        @Override
        public boolean has(String field) {
            return FIELDS.contains(field);
        }

        @Override
        public long whole(String field) {
            ActivityKind k = KINDS[kind[index]];
            return switch (field) {
                case "ID" -> id();
                case "OWNER_ID" -> ownerId[index];
                case "OWNER_TYPE_ID" -> ownerType[index];
                case "TYPE_ID" -> k.typeId;
                case "RESPONSIBLE_ID", "AUTHOR_ID", "EDITOR_ID" -> responsible[index];
                case "PRIORITY" -> priority[index];
                case "DIRECTION" -> k.hasDirection() ? direction[index] : 0;
                case "STATUS" -> completed.get(index) ? 2 : 1;
                case "DESCRIPTION_TYPE" -> 1;
                default -> FieldReader.NO_NUMBER;
            };
        }

        @Override
        public String text(String field) {
            long number = whole(field);
            if (number != FieldReader.NO_NUMBER) {
                return Long.toString(number);
            }
            ActivityKind k = KINDS[kind[index]];
            return switch (field) {
                case "PROVIDER_ID" -> k.providerId;
                case "PROVIDER_TYPE_ID" -> k.providerTypeId;
                case "SUBJECT" -> subjects.get(subject[index]);
                case "COMPLETED" -> completed.get(index) ? "Y" : "N";
                case "CREATED" -> SandboxTime.iso(epoch.plusMinutes(createdMinute[index]));
                default -> {
                    // rarely filtered on: computed the slow way, from the whole record
                    JsonNode value = seed(index).toFields(id()).get(field);
                    yield value == null || value.isNull() ? null : value.asText();
                }
            };
        }
    }
}
