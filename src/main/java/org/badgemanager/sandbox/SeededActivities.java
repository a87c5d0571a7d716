package org.badgemanager.sandbox;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Many activities at once, for big-portal tests and benchmarks: {@link #count} rows in {@link CompactActivities}
 * columns (a million in about a second, ~16 MB), deterministic from their index. Every {@value #MATCH_EVERY}th
 * one is a call of user {@value #MATCH_RESPONSIBLE_ID} (the search a benchmark deletes: {@code TYPE_ID=2},
 * {@code RESPONSIBLE_ID=7}); no other row is both. All are plain, open or completed, owned by leads, deals,
 * contacts and companies 1..40, created over the year in id order, and deletable by any caller.
 */
public final class SeededActivities {

    /** Every this-many-th seeded activity (the first included) matches {@link #MATCH_TYPE_ID} and {@link #MATCH_RESPONSIBLE_ID}. */
    public static final int MATCH_EVERY = 10;
    public static final int MATCH_TYPE_ID = 2;
    public static final int MATCH_RESPONSIBLE_ID = 7;
    public static final int MAX = 5_000_000;

    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2025, 1, 2, 8, 0, 0, 0, SandboxTime.PORTAL_OFFSET);
    private static final int SPAN_MINUTES = 700 * 24 * 60;
    private static final ActivityKind[] KINDS = {ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.TASK,
        ActivityKind.EMAIL};
    private static final int[] RESPONSIBLE = {1, 3, 5, 7};
    /** Subjects by kind, four each, in {@link #KINDS} order. */
    private static final List<String> SUBJECTS = List.of(
            "Meeting with client", "Product demo", "Contract discussion", "Quarterly review",
            "Incoming call", "Outgoing call", "Missed call", "Follow-up call",
            "Prepare proposal", "Send invoice", "Check payment", "Update contact details",
            "Re: Commercial offer", "Invoice for March", "Meeting follow-up", "Delivery question");

    private SeededActivities() {
    }

    static CompactActivities generate(long firstId, int count) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("between 0 and " + MAX + " activities, not " + count);
        }
        return CompactActivities.generate(firstId, count, EPOCH, SUBJECTS, (i, row) -> {
            long r = mix(i);
            int kind;
            int responsible;
            if (i % MATCH_EVERY == 0) {
                kind = 1;
                responsible = MATCH_RESPONSIBLE_ID;
            } else {
                kind = (int) (r & 3);
                responsible = RESPONSIBLE[(int) ((r >>> 2) & 3)];
                if (KINDS[kind].typeId == MATCH_TYPE_ID && responsible == MATCH_RESPONSIBLE_ID) {
                    responsible = 5;
                }
            }
            int ownerType = 1 + (int) ((r >>> 4) & 3);
            int owner = 1 + (int) ((r >>> 6) % 40);
            int minute = (int) ((long) i * SPAN_MINUTES / Math.max(1, count));
            boolean completed = ((r >>> 16) % 100) < 45;
            int priority = 1 + (int) ((r >>> 24) % 3);
            int direction = 1 + (int) ((r >>> 28) & 1);
            int subject = kind * 4 + (int) ((r >>> 30) & 3);
            row.set(KINDS[kind], ownerType, owner, minute, completed, responsible, priority, direction, subject);
        });
    }

    /** SplitMix64: a well-spread number per index, the same on every run. */
    private static long mix(long i) {
        long z = i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
