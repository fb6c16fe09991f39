package io.github.dokploy4j.internal.logs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When to read a running deployment's row while its log streams live. The open stream costs no request and shows
 * that the build is alive, so the row is read only
 * <ul>
 *   <li>half a second after the stream shows Dokploy's closing line ({@code Docker Deployed: ✅}, or a line with
 *       {@code ❌}), which it writes just before it sets the row's status (then again after 1, 2 and 4 s while the
 *       row still runs);</li>
 *   <li>when the stream has been quiet for 2 s after writing, at most every 5 s at first and then, as long as such
 *       reads find the build running, every 10 and at most 20 s (a build that pauses often costs a few reads); and
 *       whenever the stream has been quiet 2 s longer than any pause it made before, which is how an end without a
 *       closing line shows;</li>
 *   <li>every 20 s when the stream shows nothing (a silent build, or a stream that stalled).</li>
 * </ul>
 * Not thread-safe: its poller calls it under its own lock.
 */
public final class StreamPace {
    static final Duration AFTER_CLOSING_LINE = Duration.ofMillis(500);
    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration FIRST_SPACING = Duration.ofSeconds(5);
    static final Duration LONGEST_SPACING = Duration.ofSeconds(20);
    /** The longest time between two reads of the row while the stream is open (or being opened). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private static final int CLOSING_LINE_RETRIES = 3;
    private static final int CARRIED = 32;

    private final Clock clock;
    private Instant lastRead;
    private @Nullable Instant lastText;
    private Duration longestPause = Duration.ZERO;
    private boolean textSinceRead;
    private boolean closingLineSeen;
    private int readsAfterClosingLine;
    private Duration spacing = FIRST_SPACING;
    private String carried = "";

    /**
     * Starts pacing after a read of the row.
     *
     * @param clock the client's clock
     */
    public StreamPace(Clock clock) {
        this.clock = clock;
        this.lastRead = clock.instant();
    }

    /**
     * Tells whether a piece of log text holds Dokploy's closing line: {@code … Deployed: ✅} after a successful
     * build, a {@code ❌} after a failed one. It may be cut anywhere by the stream, so the end of the text before is
     * looked at too.
     *
     * @param before the end of the text that came before
     * @param text the new text
     * @return whether the build's last words are in it
     */
    static boolean hasClosingLine(String before, String text) {
        String joined = before + text;
        return joined.contains("Deployed: ✅") || joined.contains("❌");
    }

    /**
     * Log text arrived.
     *
     * @param text the text
     * @return how soon the row should be read
     */
    public Duration text(String text) {
        Instant now = clock.instant();
        if (lastText != null) {
            Duration pause = Duration.between(lastText, now);
            longestPause = pause.compareTo(longestPause) > 0 ? pause : longestPause;
        }
        lastText = now;
        textSinceRead = true;
        boolean closing = hasClosingLine(carried, text);
        String joined = carried + text;
        carried = joined.substring(Math.max(0, joined.length() - CARRIED));
        if (closing) {
            closingLineSeen = true;
            readsAfterClosingLine = 0;
            return AFTER_CLOSING_LINE;
        }
        // look again when the stream has been quiet long enough for a read: after the spacing, or once the silence
        // is longer than any pause before (only a look: postpone() decides whether to read)
        Duration untilSpaced = spacing.minus(Duration.between(lastRead, now));
        Duration spaced = untilSpaced.compareTo(QUIET) > 0 ? untilSpaced : QUIET;
        Duration unusual = longestPause.plus(QUIET);
        return unusual.compareTo(spaced) < 0 ? unusual : spaced;
    }

    /**
     * A read falls due.
     *
     * @return {@code null} to read now, else how much later
     */
    public @Nullable Duration postpone() {
        if (closingLineSeen) {
            return null;
        }
        Instant now = clock.instant();
        Duration sinceRead = Duration.between(lastRead, now);
        if (!textSinceRead) {
            return sinceRead.compareTo(HEARTBEAT) >= 0 ? null : HEARTBEAT.minus(sinceRead);
        }
        Duration quiet = lastText == null ? Duration.ZERO : Duration.between(lastText, now);
        if (quiet.compareTo(QUIET) < 0) {
            return QUIET.minus(quiet);
        }
        Duration unusual = longestPause.plus(QUIET);
        if (sinceRead.compareTo(spacing) >= 0 || quiet.compareTo(unusual) >= 0) {
            return null;
        }
        Duration spaced = spacing.minus(sinceRead);
        Duration untilUnusual = unusual.minus(quiet);
        return spaced.compareTo(untilUnusual) < 0 ? spaced : untilUnusual;
    }

    /**
     * A read found the deployment still running.
     *
     * @return the wait before the next read, unless the stream brings it forward
     */
    public Duration stillRunning() {
        boolean quietRead = textSinceRead && !closingLineSeen;
        lastRead = clock.instant();
        textSinceRead = false;
        if (closingLineSeen) {
            readsAfterClosingLine++;
            if (readsAfterClosingLine <= CLOSING_LINE_RETRIES) {
                return Duration.ofSeconds(1L << (readsAfterClosingLine - 1));
            }
            closingLineSeen = false;
        }
        if (quietRead) {
            Duration doubled = spacing.multipliedBy(2);
            spacing = doubled.compareTo(LONGEST_SPACING) > 0 ? LONGEST_SPACING : doubled;
        }
        return HEARTBEAT;
    }
}
