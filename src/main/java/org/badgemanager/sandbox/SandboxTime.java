package org.badgemanager.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The portal's clock settings: a fixed portal time zone so dates do not depend on the host machine. */
final class SandboxTime {

    static final ZoneOffset PORTAL_OFFSET = ZoneOffset.ofHours(3);
    /** Bitrix writes "+00:00", never "Z", and no fractions of a second. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private SandboxTime() {
    }

    static String iso(Instant instant) {
        return ISO.format(instant.atOffset(PORTAL_OFFSET));
    }

    static String iso(OffsetDateTime dateTime) {
        return ISO.format(dateTime.withOffsetSameInstant(PORTAL_OFFSET));
    }

    /** Unix seconds with microseconds, e.g. 1724068028.331234, as the portal writes them (never 1.7E9). */
    static BigDecimal unixSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano() / 1000, 6));
    }
}
