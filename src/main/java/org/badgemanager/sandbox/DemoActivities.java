package org.badgemanager.sandbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Deterministic demo activities: ids 1..300 in creation order over leads, deals, contacts and companies.
 * Some play special roles: badge carriers (configurable activities with the badge in PROVIDER_PARAMS, which block
 * deleting those badges), app-created and foreign ones.
 */
final class DemoActivities {

    static final int COUNT = 300;
    static final int FOREIGN = 5;
    static final int APP_CREATED = 15;
    static final int MISSED_CALL_CARRIERS = 12;
    static final int DELIVERY_DELAYED_CARRIERS = 8;
    private static final long SEED = 20260101L;
    private static final int[] RESPONSIBLE = {1, 3, 5, 7};
    private static final int[] PRIORITY = {1, 2, 2, 2, 3};
    private static final OffsetDateTime YEAR_START = OffsetDateTime.of(2026, 1, 2, 8, 0, 0, 0,
            SandboxTime.PORTAL_OFFSET);
    private static final int MINUTES_IN_SPAN = 330 * 24 * 60;
    private static final Map<ActivityKind, List<String>> SUBJECTS = Map.of(
            ActivityKind.MEETING, List.of("Meeting with client", "Product demo", "Contract discussion",
                    "Quarterly review"),
            ActivityKind.CALL, List.of("Incoming call", "Outgoing call", "Missed call", "Follow-up call"),
            ActivityKind.TASK, List.of("Prepare proposal", "Send invoice", "Check payment", "Update contact details"),
            ActivityKind.EMAIL, List.of("Re: Commercial offer", "Invoice for March", "Meeting follow-up",
                    "Delivery question"),
            ActivityKind.CONFIGURABLE, List.of("Delivery status", "Payment reminder", "Order tracking",
                    "Survey result"));
    private static final List<ActivityKind> ORDINARY_KINDS = List.of(ActivityKind.MEETING, ActivityKind.CALL,
            ActivityKind.TASK, ActivityKind.EMAIL);
    private static final String[] OWNER_NAMES = {"", "lead", "deal", "contact", "company"};

    private enum Role { ORDINARY, FOREIGN, APP_CREATED, MISSED_CALL, DELIVERY_DELAYED }

    private DemoActivities() {
    }

    /**
     * Missed-call carriers were created by another app (only it could clear their badge); delivery-delayed carriers
     * by this sandbox's own OAuth app {@code ownAppClientId}, so an OAuth connection may clear theirs.
     */
    static void load(ActivityStore store, String ownAppClientId) {
        Random random = new Random(SEED);
        List<Role> roles = roles(random);
        List<Integer> minutes = new ArrayList<>(IntStream.range(0, COUNT)
                .mapToObj(i -> random.nextInt(MINUTES_IN_SPAN)).toList());
        Collections.sort(minutes);
        for (int i = 0; i < COUNT; i++) {
            Role role = roles.get(i);
            ActivitySeed seed = seed(role, YEAR_START.plusMinutes(minutes.get(i)), random);
            ActivityRecord record = store.add(seed, access(role));
            if (role == Role.MISSED_CALL || role == Role.APP_CREATED) {
                record.makeConfigurable(ActivityRecord.OTHER_APP_CLIENT_ID);
            }
            if (role == Role.MISSED_CALL) {
                record.bindBadge(DemoBadges.MISSED_CALL);
            } else if (role == Role.DELIVERY_DELAYED) {
                record.makeConfigurable(ownAppClientId);
                record.bindBadge(DemoBadges.DELIVERY_DELAYED);
            }
        }
    }

    private static List<Role> roles(Random random) {
        List<Role> roles = new ArrayList<>();
        roles.addAll(Collections.nCopies(FOREIGN, Role.FOREIGN));
        roles.addAll(Collections.nCopies(APP_CREATED, Role.APP_CREATED));
        roles.addAll(Collections.nCopies(MISSED_CALL_CARRIERS, Role.MISSED_CALL));
        roles.addAll(Collections.nCopies(DELIVERY_DELAYED_CARRIERS, Role.DELIVERY_DELAYED));
        roles.addAll(Collections.nCopies(COUNT - roles.size(), Role.ORDINARY));
        Collections.shuffle(roles, random);
        return roles;
    }

    private static ActivitySeed seed(Role role, OffsetDateTime created, Random random) {
        ActivityKind kind = switch (role) {
            case APP_CREATED -> ActivityKind.CONFIGURABLE;
            case MISSED_CALL -> ActivityKind.CALL;
            default -> ORDINARY_KINDS.get(random.nextInt(ORDINARY_KINDS.size()));
        };
        List<String> subjects = SUBJECTS.get(kind);
        String subject = subjects.get(random.nextInt(subjects.size()));
        int ownerTypeId = 1 + random.nextInt(4);
        long ownerId = 1 + random.nextInt(40);
        // Badges only show on open activities, so their carriers stay open.
        boolean carriesBadge = role == Role.MISSED_CALL || role == Role.DELIVERY_DELAYED;
        boolean completed = !carriesBadge && random.nextInt(100) < 45;
        return new ActivitySeed(kind, ownerTypeId, ownerId, subject, created, completed,
                RESPONSIBLE[random.nextInt(RESPONSIBLE.length)], PRIORITY[random.nextInt(PRIORITY.length)],
                1 + random.nextInt(2), "Demo " + subject.toLowerCase(Locale.ROOT) + " for " + OWNER_NAMES[ownerTypeId]
                + " #" + ownerId);
    }

    private static ActivityAccess access(Role role) {
        return switch (role) {
            case FOREIGN -> ActivityAccess.FOREIGN;
            case APP_CREATED -> ActivityAccess.APP_CREATED;
            default -> ActivityAccess.NORMAL;
        };
    }
}
