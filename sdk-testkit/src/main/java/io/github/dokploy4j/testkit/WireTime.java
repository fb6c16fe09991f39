package io.github.dokploy4j.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The two ways Dokploy writes a moment: ISO-8601 text columns and the log file name stamp. */
final class WireTime {

    /** {@code new Date().toISOString()}: always three fraction digits, unlike {@code Instant.toString()}. */
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** date-fns {@code format(date, "yyyy-MM-dd:HH:mm:ss")} on a server running in UTC. */
    private static final DateTimeFormatter LOG_NAME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd:HH:mm:ss").withZone(ZoneOffset.UTC);

    private WireTime() {
    }

    static String iso(Instant instant) {
        return ISO.format(instant);
    }

    static String logNameStamp(Instant instant) {
        return LOG_NAME.format(instant);
    }
}
