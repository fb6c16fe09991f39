package io.github.dokploy4j.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as a person reads them: "3 min ago", "1m 12s". */
final class TimeText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private TimeText() {
    }

    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        long seconds = age.getSeconds();
        if (seconds < 5) {
            return "just now";
        }
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        if (seconds < 30 * 86_400) {
            long days = seconds / 86_400;
            return days + (days == 1 ? " day ago" : " days ago");
        }
        return DATE.format(then);
    }

    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds == 0 ? "<1s" : seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + String.format(Locale.ROOT, "%02ds", seconds % 60);
        }
        return seconds / 3600 + "h " + String.format(Locale.ROOT, "%02dm", seconds % 3600 / 60);
    }

    /** An elapsed time for a progress line: {@code 0:07}, {@code 12:30}. */
    static String clock(Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }
}
